@echo off
rem forcestat for Windows, kept beside forcestat.jar (for example on a shared drive).
rem   Double-click:                         opens the forcestat window.
rem   Drag a folder or workbooks onto it:   reads them and writes the summary into FOLDER\out.
rem   forcestat.cmd validate book.xlsx ...: any forcestat command, as java -jar forcestat.jar would.
rem The jar is found beside this file (%~dp0), so it works from any folder and from a \\server\share path.
setlocal
set "FORCESTAT_JAR=%~dp0forcestat.jar"
where java >nul 2>nul
if errorlevel 1 (
  echo forcestat needs Java 17 or later, and no java was found on this PC. Ask IT to install it.
  pause
  exit /b 70
)
if "%~1"=="" goto window
for %%c in (run watch validate samples templates help --help -h --version -V --window) do (
  if /i "%~1"=="%%c" goto command
)
java -jar "%FORCESTAT_JAR%" run %*
goto done

:command
java -jar "%FORCESTAT_JAR%" %*
goto done

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

:done
set "FORCESTAT_EXIT=%ERRORLEVEL%"
rem Keep the console open after a drag-and-drop so the closing lines can be read.
echo.
pause
exit /b %FORCESTAT_EXIT%
