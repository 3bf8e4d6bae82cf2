#!/usr/bin/python3
"""Builds the add-in test workbooks in LibreOffice (python3-uno), as an analyst would in a spreadsheet
program: a call-returns workbook with a pivot table (DataPilot) saved as .xlsx, and a savings plan with
a Basic/VBA macro module saved as .xlsm. Run once; the outputs are committed beside this script.

    /usr/bin/python3 make_fixtures.py OUTDIR
"""
import os, subprocess, sys, time, uno
from com.sun.star.beans import PropertyValue
from com.sun.star.table import CellAddress, CellRangeAddress

out = os.path.abspath(sys.argv[1])
profile = 'file:///tmp/fs-addin-lo-profile'
proc = subprocess.Popen(['soffice', '-env:UserInstallation=' + profile, '--headless', '--invisible', '--norestore',
                         '--accept=socket,host=localhost,port=2083;urp;'])
ctx = None
for _ in range(60):
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
        ctx = resolver.resolve('uno:socket,host=localhost,port=2083;urp;StarOffice.ComponentContext')
        break
    except Exception:
        time.sleep(1)
desktop = ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)

def prop(name, value):
    p = PropertyValue(); p.Name = name; p.Value = value; return p

def new_doc():
    return desktop.loadComponentFromURL('private:factory/scalc', '_blank', 0, (prop('Hidden', True),))

# 1. Calls by division and grading, with a pivot table on a second sheet.
doc = new_doc()
data = doc.Sheets.getByIndex(0); data.Name = 'Call data'
rows = [('Month', 'Division', 'Grading', 'Calls')]
months = ['Apr-15', 'May-15', 'Jun-15']
for mi, m in enumerate(months):
    for di, d in enumerate(['North', 'East', 'West']):
        for gi, g in enumerate(['Emergency', 'Priority', 'Scheduled']):
            rows.append((m, d, g, 100 + 37 * mi + 11 * di + 5 * gi))
for r, row in enumerate(rows):
    for c, v in enumerate(row):
        cell = data.getCellByPosition(c, r)
        if isinstance(v, str): cell.String = v
        else: cell.Value = v
doc.Sheets.insertNewByName('Pivot', 1)
pivot_sheet = doc.Sheets.getByName('Pivot')
tables = data.getDataPilotTables()
desc = tables.createDataPilotDescriptor()
rng = CellRangeAddress(); rng.Sheet = 0; rng.StartColumn = 0; rng.StartRow = 0; rng.EndColumn = 3; rng.EndRow = len(rows) - 1
desc.setSourceRange(rng)
from com.sun.star.sheet.DataPilotFieldOrientation import ROW, COLUMN, DATA
from com.sun.star.sheet.GeneralFunction import SUM
fields = desc.getDataPilotFields()
fields.getByIndex(1).Orientation = ROW
fields.getByIndex(2).Orientation = COLUMN
f = fields.getByIndex(3); f.Orientation = DATA; f.Function = SUM
dest = CellAddress(); dest.Sheet = 1; dest.Column = 0; dest.Row = 0
pivot_sheet.getDataPilotTables().insertNewByName('CallsPivot', dest, desc)
doc.storeToURL(uno.systemPathToFileUrl(os.path.join(out, 'calls-with-pivot.xlsx')),
               (prop('FilterName', 'Calc MS Excel 2007 XML'),))
doc.close(True)

# 2. A savings plan with a macro module, saved as .xlsm.
doc = new_doc()
plan = doc.Sheets.getByIndex(0); plan.Name = 'Plan'
lines = [('Line', '2016/17', '2017/18'), ('Estates', 1200000, 800000), ('Fleet', 450000, 300000),
         ('Back office', 2100000, 1500000)]
for r, row in enumerate(lines):
    for c, v in enumerate(row):
        cell = plan.getCellByPosition(c, r)
        if isinstance(v, str): cell.String = v
        else: cell.Value = v
plan.getCellByPosition(0, 4).String = 'Total'
plan.getCellByPosition(1, 4).Formula = '=SUM(B2:B4)'
plan.getCellByPosition(2, 4).Formula = '=SUM(C2:C4)'
libs = doc.BasicLibraries
if not libs.hasByName('Standard'):
    libs.createLibrary('Standard')
lib = libs.getByName('Standard')
lib.insertByName('Module1', 'Sub Uplift()\n    ThisComponent.Sheets(0).getCellByName("B2").Value = 1224000\nEnd Sub\n')
doc.storeToURL(uno.systemPathToFileUrl(os.path.join(out, 'plan-with-macro.xlsm')),
               (prop('FilterName', 'Calc MS Excel 2007 VBA XML'),))
doc.close(True)
desktop.terminate()
proc.wait(30)
