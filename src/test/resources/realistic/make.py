#!/usr/bin/python3
"""Realistic input files made the way forces' systems and analysts make them, with the figures
forcestat must give for each, worked out here independently of forcestat (plain Python sums).

Rerun from the project root:  /usr/bin/python3 src/test/resources/realistic/make.py
It rewrites the files beside it and truth.json (the random generator is seeded, so the output is the
same each time). RealisticInputsTest runs forcestat on each file alone, with no forcestat.properties,
and compares its Metrics sheet with truth.json (0.5%).

Headline figures follow SPEC section 3: a source of 12 months or less is reported over its whole
span; a longer one over its latest 12 complete months (here April 2015 to March 2016, 366 days),
its earlier months feeding the rolling 12-month comparison.

Formula cells get cached results injected, as Excel would save them (openpyxl writes none).
"""
import calendar
import datetime as dt
import json
import os
import random
import re
import zipfile

import openpyxl
from openpyxl.styles import Font

R = random.Random(20161)
HERE = os.path.dirname(os.path.abspath(__file__))
truth = {}


def inject_cached(path, values):
    """values: {sheetIndex(1-based): {cellref: number}} -> put <v> into the formula cells."""
    tmp = path + '.tmp'
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, 'w', zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            m = re.match(r'xl/worksheets/sheet(\d+)\.xml', item.filename)
            if m and int(m.group(1)) in values:
                vals = values[int(m.group(1))]
                s = data.decode('utf-8')

                def rep(mm):
                    ref = mm.group(2)
                    if ref not in vals:
                        return mm.group(0)
                    return f'<c{mm.group(1)}><f>{mm.group(3)}</f><v>{int(vals[ref])}</v></c>'
                s = re.sub(r'<c( r="([A-Z]+\d+)"[^>]*)><f>([^<]*)</f><v\s*/?>(?:</v>)?</c>', rep, s)
                data = s.encode('utf-8')
            zout.writestr(item, data)
    os.replace(tmp, path)


def save(wb, name, cached=None):
    path = os.path.join(HERE, name)
    wb.save(path)
    if cached:
        inject_cached(path, {1: cached})


MONTHS = []
y, m = 2014, 4
for _ in range(24):
    MONTHS.append((y, m))
    m += 1
    if m == 13:
        y, m = y + 1, 1
LAST12 = MONTHS[12:]
DAYS12 = sum(calendar.monthrange(y, m)[1] for y, m in LAST12)  # 366: April 2015 to March 2016 (leap year)


# ---- 1. A command-and-control export: title block, "Priority Level" grading, P1-P4 only, a Total row ----
PRI = {'P1 Emergency': 'immediate', 'P2 Priority': 'high', 'P3 Scheduled': 'appointment',
       'P4 Resolution Without Deployment': 'advice'}
ORIGIN = {'999': '999', '101': '101', 'Online': 'online', 'Email': 'other', 'Alarm': 'other'}
start, end = dt.date(2015, 4, 1), dt.date(2015, 6, 30)
calls = []
d, n = start, 0
while d <= end:
    for _ in range(R.randint(30, 50)):
        n += 1
        t = dt.datetime.combine(d, dt.time()) + dt.timedelta(seconds=R.randint(0, 86399))
        calls.append([f'CC{d:%y%m%d}-{n:05d}', t, R.choices(list(PRI), [18, 37, 25, 20])[0],
                      R.choices(list(ORIGIN), [30, 52, 10, 5, 3])[0],
                      R.choice(['Concern for safety', 'ASB', 'RTC', 'Domestic', 'Theft']), R.choice(['North', 'East', 'West'])])
    d += dt.timedelta(days=1)
calls.sort(key=lambda r: r[1])
days = (end - start).days + 1
t = {'calls.total': len(calls), 'calls.days': days, 'calls.per_day': len(calls) / days,
     'calls.999.per_day': sum(1 for c in calls if c[3] == '999') / days}
for label, gid in PRI.items():
    t[f'calls.grading.{gid}.total'] = sum(1 for c in calls if c[2] == label)
t['absent'] = ['calls.grading.crime_report.total']  # a force on P1-P4 has no crime-report grading
truth['calls-export.xlsx'] = t

wb = openpyxl.Workbook()
ws = wb.active
ws.title = 'Calls Report'
ws['A1'] = 'STORM Command & Control - Calls for Service Report'
ws['A1'].font = Font(bold=True, size=14)
ws.merge_cells('A1:F1')
ws['A2'] = 'Period: 01/04/2015 to 30/06/2015   Run by: ANALYST01'
ws.merge_cells('A2:F2')
ws['A3'] = 'OFFICIAL-SENSITIVE'
ws.merge_cells('A3:F3')
ws.append([])
ws.append(['Incident Number', 'Date Time Received', 'Priority Level', 'Call Origin', 'Incident Type', 'Division'])
for r in calls:
    ws.append(r)
    ws.cell(ws.max_row, 2).number_format = 'dd/mm/yyyy hh:mm:ss'
last = ws.max_row
ws.cell(last + 1, 1, 'Total')
ws.cell(last + 1, 2, f'=COUNTA(A6:A{last})')
save(wb, 'calls-export.xlsx', {f'B{last + 1}': len(calls)})


# ---- 2. Calls per month by channel: months across as "April 2014" text, a Total row, 24 months ----
CH = {'999': '999', '101': '101', 'Online reporting': 'online', 'Email': 'other', 'Officer generated': 'other'}
MEAN = {'999': 5200, '101': 9800, 'Online reporting': 1600, 'Email': 700, 'Officer generated': 900}
by_ch = {c: [int(R.gauss(MEAN[c], MEAN[c] ** 0.5 * 3)) for _ in MONTHS] for c in CH}
tot12 = sum(sum(v[12:]) for v in by_ch.values())
truth['calls-by-channel-month.xlsx'] = {
    'calls.total': tot12, 'calls.days': DAYS12, 'calls.per_day': tot12 / DAYS12,
    'calls.999.per_day': sum(by_ch['999'][12:]) / DAYS12,
    'calls.channel.other.total': sum(by_ch['Email'][12:]) + sum(by_ch['Officer generated'][12:]),
    'absent': ['calls.grading.immediate.total', 'incidents.per_day']}
wb = openpyxl.Workbook()
ws = wb.active
ws.title = 'Contact by month'
ws['A1'] = 'Public contact by channel, monthly'
ws.append([])
ws.append(['Contact channel'] + [dt.date(y, m, 1).strftime('%B %Y') for y, m in MONTHS])
for c, v in by_ch.items():
    ws.append([c] + v)
ws.append(['Total'] + [sum(by_ch[c][j] for c in CH) for j in range(len(MONTHS))])
save(wb, 'calls-by-channel-month.xlsx')


# ---- 3. Calls per month by grading: "Grade 1" ... "Grade 4", months as Excel dates, 18 months, no corner header ----
GR = {'Grade 1': 'immediate', 'Grade 2': 'high', 'Grade 3': 'appointment', 'Grade 4': 'advice'}
GMEAN = {'Grade 1': 3100, 'Grade 2': 6300, 'Grade 3': 4200, 'Grade 4': 5100}
gm = MONTHS[6:]  # October 2014 to March 2016
by_gr = {g: [int(R.gauss(GMEAN[g], GMEAN[g] ** 0.5 * 3)) for _ in gm] for g in GR}
tg12 = sum(sum(v[6:]) for v in by_gr.values())
t = {'calls.total': tg12, 'calls.days': DAYS12, 'calls.per_day': tg12 / DAYS12}
for g, gid in GR.items():
    t[f'calls.grading.{gid}.total'] = sum(by_gr[g][6:])
t['absent'] = ['calls.grading.crime_report.total', 'calls.999.per_day']
truth['calls-by-grading-month.xlsx'] = t
wb = openpyxl.Workbook()
ws = wb.active
ws.title = 'Sheet1'
ws.append(['Calls by grade of response'])
ws.append([None] + [dt.datetime(y, m, 1) for y, m in gm] + ['Total'])
for j in range(len(gm)):
    ws.cell(2, 2 + j).number_format = 'mmm-yy'
cached = {}
for i, (g, v) in enumerate(by_gr.items()):
    r = 3 + i
    ws.append([g] + v)
    col = openpyxl.utils.get_column_letter(2 + len(gm))
    ws.cell(r, 2 + len(gm), f'=SUM(B{r}:{openpyxl.utils.get_column_letter(1 + len(gm))}{r})')
    cached[f'{col}{r}'] = sum(v)
save(wb, 'calls-by-grading-month.xlsx', cached)


# ---- 4. Recorded crime by Home Office offence, months across as Excel dates (mmm-yy), Total row and column ----
OFF = {  # Home Office offence name: (seed category, mean per month)
    'Residential burglary': ('dwelling_burglary', 45),
    'Theft from a vehicle': ('tfmv', 60),
    'Theft or unauthorised taking of a motor vehicle': ('tomv', 25),
    'Violence with injury': ('violence', 140),
    'Violence without injury': ('violence', 170),
    'Stalking and harassment': ('violence', 60),
    'Rape': ('sexual_offences', 10),
    'Other sexual offences': ('sexual_offences', 22),
    'Robbery of personal property': ('robbery', 12),
    'Shoplifting': ('theft', 110),
    'All other theft offences': ('theft', 90),
    'Bicycle theft': ('theft', 20),
    'Criminal damage and arson': ('other', 130),
    'Public order offences': ('other', 50),
    'Drug offences': ('other', 35),
}
counts = {o: [max(0, int(R.gauss(mu, mu ** 0.5 * 1.5))) for _ in MONTHS] for o, (cat, mu) in OFF.items()}


def crime_truth():
    t = {'crimes.days': DAYS12}
    t['crimes.total'] = sum(sum(v[12:]) for v in counts.values())
    t['crimes.per_day'] = t['crimes.total'] / DAYS12
    cats = {}
    for o, (cat, _) in OFF.items():
        cats[cat] = cats.get(cat, 0) + sum(counts[o][12:])
    for cat, n in cats.items():
        t[f'crimes.{cat}.total'] = n
        t[f'crimes.{cat}.per_day'] = n / DAYS12
    t['crimes.rolling12.previous'] = sum(sum(v[:12]) for v in counts.values())
    t['crimes.rolling12.current'] = sum(sum(v[12:]) for v in counts.values())
    return t


truth['crime-by-month.xlsx'] = crime_truth()
wb = openpyxl.Workbook()
ws = wb.active
ws.title = 'Crime by month'
ws['A1'] = 'Recorded crime by Home Office offence - force total'
ws['A1'].font = Font(bold=True, size=14)
ws['A2'] = 'Source: crime recording system'
ws['A4'] = 'Offence'
for j, (y, m) in enumerate(MONTHS):
    ws.cell(4, 2 + j, dt.datetime(y, m, 1)).number_format = 'mmm-yy'
ws.cell(4, 26, 'Total')
cached = {}
names = list(OFF)
for i, o in enumerate(names):
    r = 5 + i
    ws.cell(r, 1, o)
    for j, v in enumerate(counts[o]):
        ws.cell(r, 2 + j, v)
    ws.cell(r, 26, f'=SUM(B{r}:Y{r})')
    cached[f'Z{r}'] = sum(counts[o])
tr = 5 + len(names)
ws.cell(tr, 1, 'Total')
for j in range(25):
    col = openpyxl.utils.get_column_letter(2 + j)
    ws.cell(tr, 2 + j, f'=SUM({col}5:{col}{tr - 1})')
    cached[f'{col}{tr}'] = sum(counts[o][j] for o in names) if j < 24 else sum(sum(v) for v in counts.values())
save(wb, 'crime-by-month.xlsx', cached)


# ---- 5. The same crime as Excel's "Save as CSV" on a UK PC: Windows-1252, "Apr-14" months, "1,234" numbers ----
truth['crime-ho.csv'] = crime_truth()


def fmt(v):
    s = f'{v:,}'
    return f'"{s}"' if ',' in s else s


lines = ['Recorded crime by Home Office offence (prepared by Zoë Clarke)' + ',' * 25, ',' * 25,
         'Offence,' + ','.join(dt.date(y, m, 1).strftime('%b-%y') for y, m in MONTHS) + ',Total']
for o in names:
    lines.append(o + ',' + ','.join(fmt(v) for v in counts[o]) + ',' + fmt(sum(counts[o])))
lines.append('Total,' + ','.join(fmt(sum(counts[o][j] for o in names)) for j in range(24)) + ','
             + fmt(sum(sum(v) for v in counts.values())))
lines.append('Cost of crime £412m (Home Office unit costs),' + ',' * 24)
with open(os.path.join(HERE, 'crime-ho.csv'), 'wb') as f:
    f.write(('\r\n'.join(lines) + '\r\n').encode('cp1252'))


# ---- 6. A budget with a "Net budget" SUM row under its lines, income negative ----
BUD = [
    ('1001', 'Constables', 'Police officer pay', 91_300_000),
    ('1002', 'Sergeants and inspectors', 'Police officer pay', 28_750_000),
    ('1003', 'Officer overtime', 'Police officer pay', 3_900_250),
    ('2001', 'Control room staff', 'Police staff pay', 17_400_000),
    ('2002', 'Corporate services staff', 'Police staff pay', 19_225_500),
    ('3001', 'PCSOs', 'PCSO pay', 8_640_000),
    ('4001', 'Premises', 'Non-pay', 11_200_000),
    ('4002', 'Transport', 'Non-pay', 5_875_000),
    ('4003', 'Supplies and services', 'Non-pay', 16_950_000),
    ('5001', 'Specific grants', 'Income', -12_300_000),
]
net = sum(b[3] for b in BUD)
pay = sum(b[3] for b in BUD if b[2].endswith('pay') and b[2] != 'Non-pay')
truth['budget.xlsx'] = {'finance.budget': net, 'finance.staff_share': pay / net}
wb = openpyxl.Workbook()
ws = wb.active
ws.title = 'Budget 2016-17'
ws['A1'] = 'Revenue budget 2016/17'
ws.append([])
ws.append(['Cost centre', 'Budget line', 'Category', 'Budget £'])
for b in BUD:
    ws.append(list(b))
    ws.cell(ws.max_row, 4).number_format = '£#,##0;[Red]-£#,##0'
lr = ws.max_row
ws.cell(lr + 1, 2, 'Net budget')
ws.cell(lr + 1, 4, f'=SUM(D4:D{lr})')
save(wb, 'budget.xlsx', {f'D{lr + 1}': net})

with open(os.path.join(HERE, 'truth.json'), 'w') as f:
    json.dump(truth, f, indent=1, sort_keys=True)
# The same figures one a line (file, metric id, value or "absent") for the JUnit test, which has no JSON reader.
with open(os.path.join(HERE, 'truth.tsv'), 'w') as f:
    f.write('# file\tmetric\texpected (made by make.py; do not edit)\n')
    for name in sorted(truth):
        for k in sorted(truth[name]):
            if k == 'absent':
                for a in truth[name][k]:
                    f.write(f'{name}\t{a}\tabsent\n')
            else:
                f.write(f'{name}\t{k}\t{truth[name][k]!r}\n')
for k, v in truth.items():
    print(k, v)
