#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the hand-made CSV-family fixtures (Grafana and InfluxDB are not packaged in Debian 12),
# in the exact shape those programs write; see README.md "## CSV exports". Deterministic.
import os, sys
os.chdir(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))

def write(path, text):
    with open(path, 'w', newline='') as f:
        f.write(text)

# Grafana 9/10 Inspect > Data > Download CSV, "Series joined by time", "Formatted data" and
# "Download for Excel" on: sep= line, CRLF, quoted headers, times in the dashboard zone (+02:00),
# values with their unit, null as an empty cell, a blank line after the frame.
rows = []
for i in range(20):
    t = f"2024-08-10 21:{(i * 30) // 60:02d}:{(i * 30) % 60:02d}"
    fl = "" if i == 7 else str(3 + i if i < 4 else 40 * i)
    pw = "" if i == 12 else (f"{20 + i * 9.5:.1f} ms" if i < 10 else f"{0.5 + (i - 10) * 0.25:.2f} s")
    pb = f"{900 + i * 20} B" if i < 5 else f"{1.5 + i * 0.1:.2f} kB"
    rows.append(",".join([t, fl, pw, pb, f"{41.5 + i:.1f}%"]))
hdr = '"Time","auth_failed_logins{instance=""auth-1:9100"", job=""auth""}","db_pool_wait","db_pool_bytes","cpu_usage"'
write('grafana-csv/joined-formatted.csv', "sep=,\r\n" + hdr + "\r\n" + "\r\n".join(rows) + "\r\n\r\n")

# The same with "Formatted data" and "Download for Excel" off: epoch milliseconds, raw numbers.
rows = [f"{1723316400000 + i * 15000},{'' if i == 9 else 40 + i * 3},{120 + i}" for i in range(15)]
hdr = ('"Time","go_goroutines{instance=""localhost:9100"", job=""node""}",'
       '"go_goroutines{instance=""localhost:9090"", job=""prometheus""}"')
write('grafana-csv/joined-epoch.csv', hdr + "\r\n" + "\r\n".join(rows) + "\r\n\r\n")

# Grafana <= 7 panel menu "Export CSV", "Series as rows", Excel header (app/core/utils/file_export.ts):
# ';', LF, strings quoted, times as YYYY-MM-DDTHH:mm:ssZ in the browser zone, null written as null.
out = 'sep=;\n"Series";"Time";"Value"\n'
for name, base in (("nginx_requests_per_second", 250.0), ("auth_failed_logins", 2.0)):
    for i in range(10):
        v = "null" if (name == "auth_failed_logins" and i == 4) else f"{base * (1 + i * 0.5):g}"
        out += f'"{name}";"2024-08-10T21:{i:02d}:00+02:00";{v}\n'
write('grafana-csv/rows-legacy.csv', out)

# InfluxDB 2.x /api/v2/query (annotated CSV, CRLF): two blocks with different schemas, three tables.
L = ["#group,false,false,true,true,false,false,true,true,true,true",
     "#datatype,string,long,dateTime:RFC3339,dateTime:RFC3339,dateTime:RFC3339,double,string,string,string,string",
     "#default,_result,,,,,,,,,",
     ",result,table,_start,_stop,_time,_value,_field,_measurement,cpu,host"]
for table, host, base in ((0, "db1", 41.5), (1, "db2", 12.25)):
    for i in range(5):
        L.append(f",,{table},2024-08-10T19:00:00Z,2024-08-10T19:05:00Z,2024-08-10T19:0{i}:00Z,{base + i * 10},"
                 f"usage_user,cpu,cpu-total,{host}")
L += ["", "#group,false,false,true,true,false,false,true,true,true",
      "#datatype,string,long,dateTime:RFC3339,dateTime:RFC3339,dateTime:RFC3339,long,string,string,string",
      "#default,_result,,,,,,,,", ",result,table,_start,_stop,_time,_value,_field,_measurement,host"]
for i in range(4):
    L.append(f",,2,2024-08-10T19:00:00Z,2024-08-10T19:05:00Z,2024-08-10T19:0{i}:30.5Z,"
             f"{8_000_000_000 + i * 250_000_000},used,mem,db1")
L.append("")
write('influx-csv/two-tables.csv', "\r\n".join(L) + "\r\n")
