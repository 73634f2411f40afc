"""The peer of bench/SchemaBench.cpp: writes N Avro records of ~200 bytes with fastavro (its
schemaless writer, the body of a Confluent-framed value) and times fastavro's own decoder on the
same bytes, decode only and decode + json.dumps (what `browse --jsonl` prints).

    python3 schema_fastavro.py write FILE N      # records as u32 length + body; schema in FILE.avsc
    python3 schema_fastavro.py read FILE         # prints "decode_s=... decode_json_s=... n=..."

Wall time and CPU time (time.process_time) are printed for both passes.
"""
import datetime
import decimal
import io
import json
import struct
import sys
import time

import fastavro

SCHEMA = {
    "type": "record", "name": "Payment", "namespace": "bench",
    "fields": [
        {"name": "id", "type": "string"},
        {"name": "session", "type": "string"},
        {"name": "amount", "type": "long"},
        {"name": "price", "type": {"type": "bytes", "logicalType": "decimal", "precision": 12,
                                   "scale": 2}},
        {"name": "currency", "type": {"type": "enum", "name": "Currency",
                                      "symbols": ["EUR", "USD", "GBP", "JPY"]}},
        {"name": "at", "type": {"type": "long", "logicalType": "timestamp-millis"}},
        {"name": "customer", "type": {"type": "record", "name": "Customer", "fields": [
            {"name": "name", "type": "string"}, {"name": "email", "type": "string"},
            {"name": "street", "type": "string"}, {"name": "country", "type": "string"}]}},
        {"name": "device", "type": {"type": "record", "name": "Device", "fields": [
            {"name": "user_agent", "type": "string"}, {"name": "ip", "type": "string"}]}},
        {"name": "booked", "type": {"type": "int", "logicalType": "date"}},
        {"name": "tags", "type": {"type": "array", "items": "string"}},
        {"name": "note", "type": ["null", "string"]},
        {"name": "score", "type": "double"},
    ]}


def default(value):
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return format(value, "f")
    if isinstance(value, bytes):
        return value.hex()
    raise TypeError(type(value))


def write(path, n):
    parsed = fastavro.parse_schema(SCHEMA)
    t0 = datetime.datetime(2026, 12, 2, tzinfo=datetime.timezone.utc)
    with open(path, "wb") as out:
        for i in range(n):
            buf = io.BytesIO()
            fastavro.schemaless_writer(buf, parsed, {
                "id": f"pay-{i:012d}", "amount": i * 37 % 100000,
                "session": f"{i * 2654435761 % (1 << 32):08x}-4a1c-9e2f-{i:012x}",
                "price": decimal.Decimal(i % 1000003).scaleb(-2),
                "currency": ["EUR", "USD", "GBP", "JPY"][i % 4],
                "at": t0 + datetime.timedelta(milliseconds=i * 17),
                "customer": {"name": f"Customer number {i % 9973}",
                             "email": f"customer{i % 9973}@example.org",
                             "street": f"{i % 997} Long Street", "country": "DE"},
                "device": {"user_agent": ["Firefox/133.0 (X11; Linux x86_64)",
                                          "Safari/18.1 (Macintosh; macOS 15)",
                                          "Chrome/131.0 (Linux; Android 14)"][i % 3],
                           "ip": f"10.{i % 200}.{i % 250}.{i % 199}"},
                "booked": (t0 + datetime.timedelta(days=i % 400)).date(),
                "tags": ["web", "card", "express"][: i % 4],
                "note": None if i % 3 else f"note for payment {i}",
                "score": i / 7.0})
            body = buf.getvalue()
            out.write(struct.pack("<I", len(body)))
            out.write(body)
    with open(path + ".avsc", "w") as f:
        json.dump(SCHEMA, f)


def read(path):
    parsed = fastavro.parse_schema(SCHEMA)
    with open(path, "rb") as f:
        data = f.read()
    bodies = []
    pos = 0
    while pos < len(data):
        (size,) = struct.unpack_from("<I", data, pos)
        bodies.append(data[pos + 4:pos + 4 + size])
        pos += 4 + size
    reader = fastavro.schemaless_reader
    start, cpu = time.perf_counter(), time.process_time()
    for body in bodies:
        reader(io.BytesIO(body), parsed)
    decode_s, decode_cpu = time.perf_counter() - start, time.process_time() - cpu
    start, cpu = time.perf_counter(), time.process_time()
    for body in bodies:
        json.dumps(reader(io.BytesIO(body), parsed), default=default)
    json_s, json_cpu = time.perf_counter() - start, time.process_time() - cpu
    n = len(bodies)
    print(f"n={n} avg_bytes={sum(map(len, bodies)) / n:.0f} "
          f"decode_s={decode_s:.3f} decode_cpu_s={decode_cpu:.3f} "
          f"decode_records_per_cpu_s={n / decode_cpu:.0f} "
          f"decode_json_s={json_s:.3f} decode_json_cpu_s={json_cpu:.3f} "
          f"decode_json_records_per_cpu_s={n / json_cpu:.0f}")


if __name__ == "__main__":
    if sys.argv[1] == "write":
        write(sys.argv[2], int(sys.argv[3]))
    else:
        read(sys.argv[2])
