#!/usr/bin/python3
"""Test data for the schema suites, from encoders nobody in Streamscope wrote: Apache Avro's own
Python library (Debian python3-avro) and protobuf's Python runtime with protoc-generated classes.

    schema_produce.py REGISTRY_URL BOOTSTRAP TOPIC avro|protobuf WORKDIR

Registers the schemas in the registry (Confluent REST API), encodes the records in the Confluent
wire format, produces them in order to partition 0 of TOPIC with kcat (one file per message) and
prints one JSON line per record: {"schema_id": N, "format": "...", "expected": <decoded JSON>}.
The expected JSON is the encoder's input written in Streamscope's documented mapping (unions
unwrapped, enums as symbols, bytes base64, decimals exact strings, timestamps ISO-8601 UTC,
dates YYYY-MM-DD; Protobuf: protobuf's own canonical JSON).
"""
import base64
import datetime
import decimal
import io
import json
import os
import struct
import subprocess
import sys
import urllib.request

REGISTRY, BOOTSTRAP, TOPIC, KIND, WORK = sys.argv[1:6]


def register(subject, schema, schema_type=None, references=None):
    body = {"schema": schema}
    if schema_type:
        body["schemaType"] = schema_type
    if references:
        body["references"] = references
    req = urllib.request.Request(
        f"{REGISTRY}/subjects/{subject}/versions", data=json.dumps(body).encode(),
        headers={"Content-Type": "application/vnd.schemaregistry.v1+json"}, method="POST")
    with urllib.request.urlopen(req, timeout=30) as resp:
        return json.load(resp)["id"]


def frame(schema_id, body):
    return b"\x00" + struct.pack(">I", schema_id) + body


def produce(payloads):
    os.makedirs(WORK, exist_ok=True)
    files = []
    for i, payload in enumerate(payloads):
        path = os.path.join(WORK, f"m{i:05d}.bin")
        with open(path, "wb") as f:
            f.write(payload)
        files.append(path)
    subprocess.run(["kcat", "-P", "-b", BOOTSTRAP, "-t", TOPIC, "-p", "0"] + files, check=True)


UTC = datetime.timezone.utc


def iso_millis(dt):
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (dt.microsecond // 1000)


def iso_micros(dt):
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % dt.microsecond


def avro_records():
    import avro.io
    import avro.schema

    address = {"type": "record", "name": "Address", "namespace": "shop",
               "fields": [{"name": "street", "type": "string"}, {"name": "zip", "type": "int"}]}
    all_types = {
        "type": "record", "name": "Everything", "namespace": "shop",
        "fields": [
            {"name": "flag", "type": "boolean"},
            {"name": "i32", "type": "int"},
            {"name": "i64", "type": "long"},
            {"name": "f32", "type": "float"},
            {"name": "f64", "type": "double"},
            {"name": "text", "type": "string"},
            {"name": "blob", "type": "bytes"},
            {"name": "nothing", "type": "null"},
            {"name": "home", "type": "shop.Address"},
            {"name": "tags", "type": {"type": "array", "items": "string"}},
            {"name": "counts", "type": {"type": "map", "values": "long"}},
            {"name": "maybe", "type": ["null", "string"]},
            {"name": "either", "type": ["null", "long", "shop.Address"]},
            {"name": "colour", "type": {"type": "enum", "name": "Colour",
                                        "symbols": ["RED", "GREEN", "BLUE"]}},
            {"name": "digest", "type": {"type": "fixed", "name": "Digest", "size": 4}},
            {"name": "price", "type": {"type": "bytes", "logicalType": "decimal",
                                       "precision": 20, "scale": 3}},
            {"name": "rate", "type": {"type": "fixed", "name": "Rate", "size": 8,
                                      "logicalType": "decimal", "precision": 18, "scale": 6}},
            {"name": "at_ms", "type": {"type": "long", "logicalType": "timestamp-millis"}},
            {"name": "at_us", "type": {"type": "long", "logicalType": "timestamp-micros"}},
            {"name": "day", "type": {"type": "int", "logicalType": "date"}},
            {"name": "lines", "type": {"type": "array", "items": {
                "type": "record", "name": "Line",
                "fields": [{"name": "sku", "type": "string"}, {"name": "qty", "type": "int"}]}}},
        ]}
    order_v1 = {"type": "record", "name": "Order", "namespace": "shop",
                "fields": [{"name": "id", "type": "string"}, {"name": "amount", "type": "long"}]}
    order_v2 = {"type": "record", "name": "Order", "namespace": "shop",
                "fields": [{"name": "id", "type": "string"}, {"name": "amount", "type": "long"},
                           {"name": "note", "type": ["null", "string"], "default": None}]}

    address_id = register(f"{TOPIC}-shop.Address", json.dumps(address))
    everything_id = register(
        f"{TOPIC}-shop.Everything", json.dumps(all_types),
        references=[{"name": "shop.Address", "subject": f"{TOPIC}-shop.Address", "version": 1}])
    v1_id = register(f"{TOPIC}-value", json.dumps(order_v1))
    v2_id = register(f"{TOPIC}-value", json.dumps(order_v2))
    assert len({address_id, everything_id, v1_id, v2_id}) == 4

    names = avro.schema.Names()
    avro.schema.make_avsc_object(address, names)
    everything_schema = avro.schema.make_avsc_object(all_types, names)
    v1_schema = avro.schema.parse(json.dumps(order_v1))
    v2_schema = avro.schema.parse(json.dumps(order_v2))

    def encode(schema, datum):
        buf = io.BytesIO()
        avro.io.DatumWriter(schema).write(datum, avro.io.BinaryEncoder(buf))
        return buf.getvalue()

    records = []  # (payload, schema_id, expected)
    t0 = datetime.datetime(2026, 12, 2, 10, 0, 0, 123456, tzinfo=UTC)
    for n in range(12):
        at = t0 + datetime.timedelta(days=n * 400 - 2000, microseconds=n * 1001)
        ms_at = at.replace(microsecond=(at.microsecond // 1000) * 1000)
        price = decimal.Decimal(n * 1234567 - 5000000).scaleb(-3)
        rate = decimal.Decimal(-n * 7 + 3).scaleb(-6)
        either = [None, 1 << 40 | n, {"street": f"Side {n}", "zip": 100 + n}][n % 3]
        datum = {
            "flag": n % 2 == 0, "i32": -(1 << 31) + n, "i64": (1 << 62) + n,
            "f32": 1.5 * n, "f64": 0.1 * n, "text": f"ünïcødé {n} \"quoted\"\n",
            "blob": bytes(range(n, n + 5)), "nothing": None,
            "home": {"street": f"Main {n}", "zip": 10000 + n},
            "tags": [f"t{k}" for k in range(n % 4)], "counts": {f"k{k}": k * n for k in range(n % 3)},
            "maybe": None if n % 2 else f"m{n}", "either": either,
            "colour": ["RED", "GREEN", "BLUE"][n % 3], "digest": bytes([n, 255, 0, 7]),
            "price": price, "rate": rate, "at_ms": ms_at, "at_us": at,
            "day": (t0 + datetime.timedelta(days=n * 1000 - 6000)).date(),
            "lines": [{"sku": f"s{k}", "qty": k} for k in range(n % 3)],
        }
        expected = dict(datum)
        expected["blob"] = base64.b64encode(datum["blob"]).decode()
        expected["digest"] = base64.b64encode(datum["digest"]).decode()
        expected["price"] = format(price, "f")
        expected["rate"] = format(rate, "f")
        expected["at_ms"] = iso_millis(ms_at)
        expected["at_us"] = iso_micros(at)
        expected["day"] = datum["day"].isoformat()
        records.append((frame(everything_id, encode(everything_schema, datum)), everything_id,
                        expected))
    # Schema evolution: v1 and v2 of one subject interleaved on the topic; amounts around 500
    # for the filter test.
    for n in range(20):
        if n % 2:
            datum = {"id": f"o{n}", "amount": 100 * n, "note": None if n % 4 == 1 else f"n{n}"}
            records.append((frame(v2_id, encode(v2_schema, datum)), v2_id, datum))
        else:
            datum = {"id": f"o{n}", "amount": 100 * n}
            records.append((frame(v1_id, encode(v1_schema, datum)), v1_id, datum))
    return records


PROTO = """syntax = "proto3";
package shop;

import "google/protobuf/timestamp.proto";

enum Status {
  STATUS_UNKNOWN = 0;
  STATUS_PAID = 1;
  STATUS_SHIPPED = 2;
}

message Order {
  string id = 1;
  int64 amount = 2;
  double weight = 3;
  bool gift = 4;
  bytes token = 5;
  Status status = 6;
  repeated Line lines = 7;
  map<string, int32> counters = 8;
  google.protobuf.Timestamp placed = 9;
  oneof contact {
    string email = 10;
    uint64 phone = 11;
  }
  message Line {
    string sku = 1;
    uint32 qty = 2;
    sint32 delta = 3;
  }
}

message Refund {
  string order_id = 1;
  fixed64 cents = 2;
  repeated string reasons = 3;
}
"""


def protobuf_records():
    os.makedirs(WORK, exist_ok=True)
    proto_dir = os.path.join(WORK, "proto")
    os.makedirs(proto_dir, exist_ok=True)
    with open(os.path.join(proto_dir, "shop.proto"), "w") as f:
        f.write(PROTO)
    subprocess.run(["protoc", f"--proto_path={proto_dir}", f"--python_out={proto_dir}",
                    "shop.proto"], check=True)
    sys.path.insert(0, proto_dir)
    import shop_pb2
    from google.protobuf import json_format

    schema_id = register(f"{TOPIC}-value", PROTO, "PROTOBUF")
    records = []
    for n in range(15):
        if n % 3 == 2:
            msg = shop_pb2.Refund(order_id=f"o{n}", cents=(1 << 63) + n,
                                  reasons=[f"r{k}" for k in range(n % 4)])
            indexes = b"\x02\x02"  # count 1, index 1 (zigzag)
        else:
            msg = shop_pb2.Order(id=f"o{n}", amount=(1 << 60) * (-1) ** n + n, weight=n / 3,
                                 gift=n % 2 == 0, token=bytes(range(n)),
                                 status=n % 3, counters={f"c{k}": -k for k in range(n % 3)})
            for k in range(n % 4):
                msg.lines.add(sku=f"s{k}", qty=k, delta=-k)
            msg.placed.FromDatetime(datetime.datetime(2026, 1, 1) +
                                    datetime.timedelta(seconds=n * 3601, microseconds=n * 1000))
            if n % 2:
                msg.email = f"x{n}@example.org"
            else:
                msg.phone = 4915112345678 + n
            indexes = b"\x00"
        expected = json.loads(json_format.MessageToJson(msg))
        records.append((frame(schema_id, indexes + msg.SerializeToString()), schema_id, expected))
    return records


records = avro_records() if KIND == "avro" else protobuf_records()
produce([r[0] for r in records])
for _, schema_id, expected in records:
    print(json.dumps({"schema_id": schema_id, "format": KIND, "expected": expected}))
