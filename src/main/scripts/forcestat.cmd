@echo off
rem forcestat for Windows, kept beside forcestat.jar (for example on a shared drive).
rem   Double-click:                         opens the forcestat window.
rem   Drag a folder or workbooks onto it:   reads them and writes the summary into FOLDER\out.
rem   forcestat.cmd validate book.xlsx ...: any forcestat command, as java -jar forcestat.jar would.
rem The jar is found beside this file (%~dp0), so it works from any folder and from a \\server\share path.
rem Start-up (docs\decisions\0007-validate-start-up.md): validate runs with the quick compiler only and the
rem serial collector; validate and run map a class-data archive (AppCDS) that their first run writes into
rem %LOCALAPPDATA%\forcestat. Without the archive, or with one Java cannot use, Java starts as usual and
rem says nothing. set FORCESTAT_CDS=off leaves the archive out.
setlocal
set "FORCESTAT_JAR=%~dp0forcestat.jar"
where java >nul 2>nul
if errorlevel 1 (
  echo forcestat needs Java 17 or later, and no java was found on this PC. Ask IT to install it.
  pause
  exit /b 70
)
if "%~1"=="" goto window
set "FORCESTAT_COMMAND=run"
for %%c in (run watch validate samples templates help --help -h --version -V --window) do (
  if /i "%~1"=="%%c" set "FORCESTAT_COMMAND=%%c"
)
set "FORCESTAT_JVM="
rem A short run spends more on compiling than it gains from the optimising compiler (C2); the serial
rem collector keeps a smaller heap. Not for run: its 827,000-row files gain from C2.
if /i "%FORCESTAT_COMMAND%"=="validate" set "FORCESTAT_JVM=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
set "FORCESTAT_SHARE="
set "FORCESTAT_TMP="
call :archive
if /i "%FORCESTAT_COMMAND%"=="run" if /i not "%~1"=="run" goto dropped
java %FORCESTAT_JVM% %FORCESTAT_SHARE% -jar "%FORCESTAT_JAR%" %*
goto ran

:dropped
java %FORCESTAT_JVM% %FORCESTAT_SHARE% -jar "%FORCESTAT_JAR%" run %*
goto ran

:window
rem javaw: no console window behind the forcestat window.
rem (%ERRORLEVEL% is read outside parentheses: inside a block cmd expands it before the block runs.)
where javaw >nul 2>nul
if errorlevel 1 goto windowconsole
start "" javaw -jar "%FORCESTAT_JAR%" --window
exit /b 0

:windowconsole
java -jar "%FORCESTAT_JAR%" --window
exit /b %ERRORLEVEL%

:ran
set "FORCESTAT_EXIT=%ERRORLEVEL%"
if defined FORCESTAT_TMP call :keep
rem Keep the console open after a drag-and-drop so the closing lines can be read.
echo.
pause
exit /b %FORCESTAT_EXIT%

:archive
rem Sets FORCESTAT_SHARE to the archive's options for validate and run, and FORCESTAT_TMP when this run
rem writes it. An archive fits one jar and one java: its name holds the size and date of both, so a new
rem jar or a new java gets a new archive. -Xshare:auto skips an archive Java cannot use; -Xlog:cds*=off
rem keeps that silent.
if /i not "%FORCESTAT_COMMAND%"=="validate" if /i not "%FORCESTAT_COMMAND%"=="run" exit /b 0
if /i "%FORCESTAT_CDS%"=="off" exit /b 0
if not defined LOCALAPPDATA exit /b 0
set "FORCESTAT_DIR=%LOCALAPPDATA%\forcestat"
set "FORCESTAT_JAVA="
for /f "delims=" %%j in ('where java') do if not defined FORCESTAT_JAVA set "FORCESTAT_JAVA=%%j"
for %%f in ("%FORCESTAT_JAR%") do set "FORCESTAT_STAMP=%%~zf %%~tf"
for %%f in ("%FORCESTAT_JAVA%") do set "FORCESTAT_STAMP=%FORCESTAT_STAMP% %%~zf %%~tf"
set "FORCESTAT_STAMP=%FORCESTAT_STAMP: =-%"
set "FORCESTAT_STAMP=%FORCESTAT_STAMP:/=-%"
set "FORCESTAT_STAMP=%FORCESTAT_STAMP::=-%"
set "FORCESTAT_ARCHIVE=%FORCESTAT_DIR%\%FORCESTAT_COMMAND%-%FORCESTAT_STAMP%.jsa"
if exist "%FORCESTAT_ARCHIVE%" goto archived
rem First run: Java writes the archive as it exits, under a name of its own that is renamed afterwards,
rem so a run started meanwhile never maps half a file. Only where a file can be made.
if not exist "%FORCESTAT_DIR%" mkdir "%FORCESTAT_DIR%" >nul 2>nul
set "FORCESTAT_TMP=%FORCESTAT_DIR%\%FORCESTAT_COMMAND%-%FORCESTAT_STAMP%.%RANDOM%.tmp"
type nul 2>nul >"%FORCESTAT_TMP%"
if not exist "%FORCESTAT_TMP%" goto noarchive
set FORCESTAT_SHARE=-Xshare:auto "-Xlog:cds*=off" "-XX:ArchiveClassesAtExit=%FORCESTAT_TMP%"
exit /b 0

:archived
set FORCESTAT_SHARE=-Xshare:auto "-Xlog:cds*=off" "-XX:SharedArchiveFile=%FORCESTAT_ARCHIVE%"
exit /b 0

:noarchive
set "FORCESTAT_TMP="
exit /b 0

:keep
rem After a first run: the new archive replaces the older ones of this command; an empty one is dropped.
for %%f in ("%FORCESTAT_TMP%") do if "%%~zf"=="0" goto dropkeep
del /f /q "%FORCESTAT_DIR%\%FORCESTAT_COMMAND%-*.jsa" >nul 2>nul
move /y "%FORCESTAT_TMP%" "%FORCESTAT_ARCHIVE%" >nul 2>nul
:dropkeep
if exist "%FORCESTAT_TMP%" del /f /q "%FORCESTAT_TMP%" >nul 2>nul
exit /b 0
