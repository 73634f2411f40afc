<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>App</name>
    <message>
        <location filename="../app/InitialConnection.cpp" line="+19"/>
        <source>-X %1: expected key=value, e.g. -X client.id=me.</source>
        <translation>-X %1: key=value erwartet, z. B. -X client.id=me.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No bootstrap servers: give --bootstrap HOST:PORT or set bootstrap.servers in the config file.</source>
        <translation>Keine Bootstrap-Server: Geben Sie --bootstrap HOST:PORT an oder setzen Sie bootstrap.servers in der Konfigurationsdatei.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Settings File Damaged</source>
        <translation>Einstellungsdatei beschädigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+20"/>
        <location line="+6"/>
        <source>Cannot Connect</source>
        <translation>Verbindung nicht möglich</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Unknown Profile</source>
        <translation>Unbekanntes Profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no saved connection profile called “%1”.</source>
        <translation>Es gibt kein gespeichertes Verbindungsprofil namens „%1“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No profile called “%1” could be read: %2</source>
        <translation>Kein Profil namens „%1“ konnte gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The profile “%1” cannot be used: %2</source>
        <translation>Das Profil „%1“ kann nicht verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>BootstrapAddress</name>
    <message>
        <location filename="../core/cluster/BootstrapAddress.cpp" line="+46"/>
        <source>Invalid bootstrap server &quot;%1&quot;: %2</source>
        <translation>Ungültiger Bootstrap-Server &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invalid bootstrap servers: an empty entry in the list (expected HOST:PORT,HOST:PORT).</source>
        <translation>Ungültige Bootstrap-Server: leerer Eintrag in der Liste (erwartet: HOST:PORT,HOST:PORT).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it contains a space or a character that is not allowed in a host name</source>
        <translation>er enthält ein Leerzeichen oder ein in Hostnamen unzulässiges Zeichen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the IPv6 address has no closing &quot;]&quot;</source>
        <translation>der IPv6-Adresse fehlt die schließende &quot;]&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected &quot;:PORT&quot; after the IPv6 address</source>
        <translation>&quot;:PORT&quot; nach der IPv6-Adresse erwartet</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>the port after &quot;:&quot; is missing</source>
        <translation>der Port nach &quot;:&quot; fehlt</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation>&quot;%1&quot; ist keine IPv6-Adresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>write an IPv6 address in brackets, as in [::1]:9092</source>
        <translation>schreiben Sie IPv6-Adressen in eckigen Klammern, etwa [::1]:9092</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the host is missing</source>
        <translation>der Host fehlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an IPv4 address</source>
        <translation>&quot;%1&quot; ist keine IPv4-Adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid host name</source>
        <translation>&quot;%1&quot; ist kein gültiger Hostname</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the port is missing: write host:port, e.g. %1:9092</source>
        <translation>der Port fehlt: schreiben Sie host:port, z. B. %1:9092</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>port %1 is not a number from 1 to 65535</source>
        <translation>Port %1 ist keine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No bootstrap servers given (expected HOST:PORT).</source>
        <translation>Keine Bootstrap-Server angegeben (erwartet: HOST:PORT).</translation>
    </message>
</context>
<context>
    <name>Browse</name>
    <message>
        <location filename="../core/browse/BrowseFetch.cpp" line="+42"/>
        <location line="+8"/>
        <source>topic &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>topic &quot;%1&quot; has no partition %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the offsets of partition %1 of &quot;%2&quot; could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>offsets for a time of partition %1 could not be read (error %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/browse/BrowseRequest.cpp" line="+34"/>
        <source>&quot;%1&quot; is not an ISO-8601 time (like 2026-12-02T10:00:00Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot;: expected -N with a count N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot;: expected offset:N with an offset N &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot;: expected beginning, end, -N, offset:N or time:ISO-8601</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot;: expected count:N with a count N &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot;: expected end, count:N, time:ISO-8601 or live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/browse/MessageStore.cpp" line="+81"/>
        <source>Stopped at the memory limit of %1 MiB with %2 messages loaded. Narrow the range or use a filter while fetching to keep only what matters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClusterSession</name>
    <message>
        <location filename="../core/session/ClusterSession.cpp" line="+23"/>
        <source>Connecting</source>
        <translation>Verbindungsaufbau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/session/ClusterPoller.cpp" line="+44"/>
        <source>Connecting to %1</source>
        <translation>Verbindung zu %1 wird hergestellt</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 refused the login: %2. Not retrying: correct the credentials and connect again.</source>
        <translation>%1 hat die Anmeldung abgelehnt: %2. Kein neuer Versuch: Korrigieren Sie die Zugangsdaten und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No broker answered at %1: %2. Retrying every %3 s.</source>
        <translation>Kein Broker unter %1 hat geantwortet: %2. Neuer Versuch alle %3 s.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
</context>
<context>
    <name>CommandLineTool</name>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="+21"/>
        <source>streamscope-cli %1</source>
        <translation>streamscope-cli %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bootstrap servers (host:port,...).</source>
        <translation>Bootstrap-Server (host:port,...).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>librdkafka property key=value.</source>
        <translation>librdkafka-Eigenschaft key=value.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client config file (Java client.properties or kcat -F).</source>
        <translation>Client-Konfigurationsdatei (Java client.properties oder kcat -F).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--%1 expects %2 from %3 to %4, got &quot;%5&quot;</source>
        <translation>--%1 erwartet %2 von %3 bis %4, erhalten: &quot;%5&quot;</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../app/cli/SimulateCommand.cpp" line="+404"/>
        <location filename="../app/cli/ThroughputCommand.cpp" line="+70"/>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>-X expects key=value, got &quot;%1&quot;</source>
        <translation>-X erwartet key=value, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no bootstrap servers: pass -b HOST:PORT</source>
        <translation>keine Bootstrap-Server: -b HOST:PORT angeben</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(streamscope-cli %1 --help lists the options)</source>
        <translation>(streamscope-cli %1 --help listet die Optionen auf)</translation>
    </message>
    <message>
        <location filename="../app/cli/TopicsCommand.cpp" line="+17"/>
        <source>Cluster %1, controller %2</source>
        <translation>Cluster %1, Controller %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ThroughputCommand.cpp" line="+4"/>
        <source>warning: the same failure repeated %n more time(s)</source>
        <translation>
            <numerusform>Warnung: derselbe Fehler trat noch %n-mal auf</numerusform>
            <numerusform>Warnung: derselbe Fehler trat noch %n-mal auf</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>deleted during the window</source>
        <translation>während des Fensters gelöscht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>re-created during the window; rate over its last %1 s</source>
        <translation>während des Fensters neu angelegt; Rate über die letzten %1 s</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Window %1 s, %2 samples; cluster %3 msgs/s</source>
        <translation>Fenster %1 s, %2 Messungen; Cluster %3 Nachr./s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PARTITION</source>
        <translation>PARTITION</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MSGS/S</source>
        <translation>MSGS/S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>END_OFFSET</source>
        <translation>END_OFFSET</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOTES</source>
        <translation>NOTES</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>skew %1</source>
        <translation>Skew %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hot partition %1 (%2%)</source>
        <translation>Hot-Partition %1 (%2 %)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 partitions measured</source>
        <translation>%1 von %2 Partitionen gemessen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>unreadable: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Only this topic (repeatable). Default: all topics.</source>
        <translation>Nur dieses Topic (wiederholbar). Standard: alle Topics.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds to measure over (default 10).</source>
        <translation>Messdauer in Sekunden (Standard 10).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds between samples inside the window (default 1).</source>
        <translation>Sekunden zwischen den Messungen innerhalb des Fensters (Standard 1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/TopicsCommand.cpp" line="+41"/>
        <source>Print JSON instead of a table.</source>
        <translation>JSON statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/TopicsCommand.cpp" line="+3"/>
        <source>Include internal topics (__consumer_offsets, ...).</source>
        <translation>Interne Topics einbeziehen (__consumer_offsets, ...).</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>sample failed: %1</source>
        <translation>Messung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>fewer than two samples succeeded; no rate over the window (last error: %1)</source>
        <translation>weniger als zwei Messungen erfolgreich; keine Rate über das Fenster (letzter Fehler: %1)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>measured only %1 s of the requested %2 s window: %3</source>
        <translation>nur %1 s des angeforderten Fensters von %2 s gemessen: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>topic(s) deleted during the window: %1</source>
        <translation>während des Fensters gelöschte Topics: %1</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>cannot sample %1: %2</source>
        <translation>Messung von %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown topic &quot;%1&quot;</source>
        <translation>unbekanntes Topic &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/TopicsCommand.cpp" line="+15"/>
        <source>cannot reach %1: %2</source>
        <translation>%1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>warning: offsets unavailable: </source>
        <translation>Warnung: Offsets nicht verfügbar: </translation>
    </message>
    <message>
        <location filename="../app/cli/SimulateCommand.cpp" line="-319"/>
        <source>Scenario: a built-in name (demo) or a JSON file. Default: demo.</source>
        <translation>Szenario: ein eingebauter Name (demo) oder eine JSON-Datei. Standard: demo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop after this many seconds (default: run until interrupted).</source>
        <translation>Nach so vielen Sekunden anhalten (Standard: bis zum Abbruch laufen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed for keys, field values, duplicates and reorderings.</source>
        <translation>Seed für Schlüssel, Feldwerte, Duplikate und Umordnungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prefix added to every topic and group name.</source>
        <translation>Präfix für jeden Topic- und Gruppennamen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suffix added to every topic and group name.</source>
        <translation>Suffix für jeden Topic- und Gruppennamen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the final summary as JSON.</source>
        <translation>Die abschließende Zusammenfassung als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the built-in scenarios.</source>
        <translation>Die eingebauten Szenarien auflisten.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--seed expects a non-negative integer, got &quot;%1&quot;</source>
        <translation>--seed erwartet eine nicht negative ganze Zahl, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+34"/>
        <source>stalled</source>
        <translation>steht still</translation>
    </message>
    <message>
        <location line="-94"/>
        <location filename="../app/cli/ThroughputCommand.cpp" line="-35"/>
        <location line="+4"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 &quot;%2&quot; contains &quot;%3&quot;: topic names allow only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>%1 &quot;%2&quot; enthält &quot;%3&quot;: Topic-Namen erlauben nur Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>consumed nothing</source>
        <translation>nichts konsumiert</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>falls behind (%n records behind)</source>
        <translation>
            <numerusform>fällt zurück (%n Nachricht im Rückstand)</numerusform>
            <numerusform>fällt zurück (%n Nachrichten im Rückstand)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keeps up</source>
        <translation>hält Schritt</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>produced %1/s:</source>
        <translation>produziert %1/s:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> consumed/s:</source>
        <translation> konsumiert/s:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last error: </source>
        <translation>letzter Fehler: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scenario %1 ran %2 s (seed %3)
</source>
        <translation>Szenario %1 lief %2 s (Seed %3)
</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+21"/>
        <location filename="../app/cli/ThroughputCommand.cpp" line="-83"/>
        <source>TOPIC</source>
        <translation>TOPIC</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>PARTITIONS</source>
        <translation>PARTITIONS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DELIVERED</source>
        <translation>DELIVERED</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>RATE/S</source>
        <translation>RATE/S</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+20"/>
        <source>EXPECTED/S</source>
        <translation>EXPECTED/S</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>DUPLICATES</source>
        <translation>DUPLICATES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REORDERED</source>
        <translation>REORDERED</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAILED</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>GROUP</source>
        <translation>GROUP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CONSUMED</source>
        <translation>CONSUMED</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Stopping (interrupted)...</source>
        <translation>Wird beendet (abgebrochen)...</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Simulating %1 on %2 (seed %3, %4). Ctrl-C stops.</source>
        <translation>Simuliere %1 auf %2 (Seed %3, %4). Strg-C beendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until interrupted</source>
        <translation>bis zum Abbruch</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n record(s) could not be delivered</source>
        <translation>
            <numerusform>%n Nachricht konnte nicht zugestellt werden</numerusform>
            <numerusform>%n Nachrichten konnten nicht zugestellt werden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing was delivered or consumed in the last %1 s</source>
        <translation>in den letzten %1 s wurde nichts zugestellt oder konsumiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (last error: %1)</source>
        <translation> (letzter Fehler: %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the simulation did not run as asked: %1</source>
        <translation>die Simulation lief nicht wie verlangt: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/BrowseCommand.cpp" line="+56"/>
        <source>The topic to read (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only this partition (repeatable). Default: all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where to start in each partition: beginning, end, -N (N before the end), offset:N or time:ISO-8601. Default: beginning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where to stop: end (the log end when started), count:N (N matches), time:ISO-8601 or live (follow). Default: end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only messages matching this display filter (see README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print one JSON object per message (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print only the number of matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge partitions in timestamp order (default: as fetched, each partition in offset order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give exactly one --topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--partition: &quot;%1&quot; is not a partition number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--count and --jsonl exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>bad filter at position %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliMain.cpp" line="+15"/>
        <source>usage: streamscope-cli COMMAND [options]

commands:
  topics      brokers, topics and partitions of a cluster (--json)
  throughput  msgs/s per topic and partition over a window (--json)
  simulate    produce a simulated microservice choreography
  browse      read a topic (no group), filter, print JSON Lines or a count
  replay      copy records (a range, filtered) into a sandbox topic, verified (--json)

Every command takes -b HOST:PORT, -X key=value (librdkafka) and --config FILE.
streamscope-cli COMMAND --help shows a command&apos;s options; --version prints versions.

exit status: 0 done, 1 failed while running, 2 usage error (a bad option, value,
file or an extra argument; nothing was tried); replay: 3 target refused by the
sandbox guard (nothing written).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReplayCommand.cpp" line="+109"/>
        <source>The source topic.</source>
        <translation>Das Quell-Topic.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this source partition (repeatable). Default: all.</source>
        <translation>Nur diese Quellpartition (mehrfach möglich). Standard: alle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where to start: beginning | end | -N | offset:N | time:ISO-8601 (default beginning).</source>
        <translation>Wo beginnen: beginning | end | -N | offset:N | time:ISO-8601 (Standard beginning).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where to stop: end | count:N | time:ISO-8601 (default end).</source>
        <translation>Wo aufhören: end | count:N | time:ISO-8601 (Standard end).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replay only records matching this filter (browse syntax).</source>
        <translation>Nur Datensätze wiedergeben, die auf diesen Filter passen (Syntax von browse).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The target topic.</source>
        <translation>Das Ziel-Topic.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write to the cluster of this saved connection profile (its sandbox flag and prefix apply).</source>
        <translation>In den Cluster dieses gespeicherten Verbindungsprofils schreiben (dessen Sandbox-Kennzeichen und Präfix gelten).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write to this cluster, declared a sandbox (same security settings as the source).</source>
        <translation>In diesen Cluster schreiben, als Sandbox erklärt (gleiche Sicherheitseinstellungen wie die Quelle).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same | key | roundrobin (default same).</source>
        <translation>same | key | roundrobin (Standard same).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate limit: N (messages/s) or N MB/s.</source>
        <translation>Ratenlimit: N (Nachrichten/s) oder N MB/s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stamp records with the current time instead of the original.</source>
        <translation>Datensätze mit der aktuellen Zeit statt der ursprünglichen versehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not add the streamscope-replay-id and streamscope-source headers.</source>
        <translation>Die Header streamscope-replay-id und streamscope-source nicht hinzufügen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Count, show the first records and the target partition spread; write nothing.</source>
        <translation>Zählen, die ersten Datensätze und die Verteilung auf Zielpartitionen zeigen; nichts schreiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not read the target back to compare digests.</source>
        <translation>Das Ziel nicht zurücklesen, um Prüfsummen zu vergleichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the report as JSON.</source>
        <translation>Den Bericht als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--topic is required</source>
        <translation>--topic ist erforderlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--to is required</source>
        <translation>--to ist erforderlich</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--to-profile and --sandbox-cluster exclude each other</source>
        <translation>--to-profile und --sandbox-cluster schließen einander aus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--partition needs a partition number, not &quot;%1&quot;</source>
        <translation>--partition braucht eine Partitionsnummer, nicht „%1“</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--until live never ends: a replay needs an end</source>
        <translation>--until live endet nie: eine Wiedergabe braucht ein Ende</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--partitioning must be same, key or roundrobin, not &quot;%1&quot;</source>
        <translation>--partitioning muss same, key oder roundrobin sein, nicht „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--rate must be a positive number of messages/s, or N MB/s</source>
        <translation>--rate muss eine positive Zahl Nachrichten/s sein oder N MB/s</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>no saved connection profile named &quot;%1&quot;</source>
        <translation>kein gespeichertes Verbindungsprofil namens „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the profile &quot;%1&quot; needs a password, which is never saved; use --sandbox-cluster with -X instead</source>
        <translation>das Profil „%1“ braucht ein Passwort, das nie gespeichert wird; stattdessen --sandbox-cluster mit -X verwenden</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <location filename="../core/cluster/ConnectionProfile.cpp" line="+136"/>
        <source>The saved security protocol &quot;%1&quot; is unknown: choose PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL.</source>
        <translation>Das gespeicherte Sicherheitsprotokoll &quot;%1&quot; ist unbekannt: Wählen Sie PLAINTEXT, SSL, SASL_PLAINTEXT oder SASL_SSL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The saved SASL mechanism &quot;%1&quot; is unknown: choose PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512.</source>
        <translation>Der gespeicherte SASL-Mechanismus &quot;%1&quot; ist unbekannt: Wählen Sie PLAIN, SCRAM-SHA-256 oder SCRAM-SHA-512.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Empty property name.</source>
        <translation>Leerer Eigenschaftsname.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown security.protocol &quot;%1&quot;.</source>
        <translation>Unbekanntes security.protocol &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unsupported SASL mechanism &quot;%1&quot; (PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512).</source>
        <translation>Nicht unterstützter SASL-Mechanismus &quot;%1&quot; (PLAIN, SCRAM-SHA-256 oder SCRAM-SHA-512).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>sasl.jaas.config: the login module %1 is not supported (PlainLoginModule or ScramLoginModule, for PLAIN or SCRAM).</source>
        <translation>sasl.jaas.config: Das Login-Modul %1 wird nicht unterstützt (PlainLoginModule oder ScramLoginModule, für PLAIN oder SCRAM).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sasl.jaas.config has no username.</source>
        <translation>sasl.jaas.config enthält keinen username.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>sasl.jaas.config is not &quot;&lt;LoginModule&gt; required username=... password=...;&quot;.</source>
        <translation>sasl.jaas.config hat nicht die Form &quot;&lt;LoginModule&gt; required username=... password=...;&quot;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>sasl.jaas.config: expected key=value at position %1.</source>
        <translation>sasl.jaas.config: key=value erwartet an Position %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>sasl.jaas.config: the value of %1 has no closing quote.</source>
        <translation>sasl.jaas.config: Dem Wert von %1 fehlt das schließende Anführungszeichen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Line %1 is not key=value: &quot;%2&quot;</source>
        <translation>Zeile %1 hat nicht die Form key=value: &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Java key store %1 is not supported; convert it to PEM and set the client certificate and key files.</source>
        <translation>Java-Keystore %1 wird nicht unterstützt; wandeln Sie ihn in PEM um und geben Sie die Dateien für Client-Zertifikat und -Schlüssel an.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Java trust store %1 is not supported; export its CA certificate to a PEM file and set it as CA file.</source>
        <translation>Java-Truststore %1 wird nicht unterstützt; exportieren Sie sein CA-Zertifikat in eine PEM-Datei und geben Sie diese als CA-Datei an.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Config file: %1</source>
        <translation>Konfigurationsdatei: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Config file %1 is %2.</source>
        <translation>Konfigurationsdatei %1 ist %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Config file %1: %2</source>
        <translation>Konfigurationsdatei %1: %2</translation>
    </message>
</context>
<context>
    <name>Filter</name>
    <message>
        <location filename="../core/browse/Filter.cpp" line="+33"/>
        <source>fields: topic, partition, offset, timestamp, key, value, size, header.NAME, value.PATH (value.order.items[0].sku)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a value: &quot;text&quot;, 42, true, false, null, 2026-12-02T10:00:00Z or now - 5m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an operator (== != &lt; &lt;= &gt; &gt;= contains matches in), and, or, or )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+110"/>
        <source>a single =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>use == to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a single &amp;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>use &amp;&amp; or and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a single |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>use || or or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected character &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+10"/>
        <source>unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>close it with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>bad \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>four hex digits: \u00e9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown escape \%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>escapes: \&quot; \&apos; \\ \n \t \r \0 \uXXXX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1&quot; is not an ISO-8601 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>like 2026-12-02T10:00:00Z or 2026-12-02</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>unknown unit &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>units: ms, s, m, h, d, w (now - 5m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>unmatched )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>join conditions with and / or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>more than %1 conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>missing )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>close the ( at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the expression ends too early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a field: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a field, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>header name missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>header.NAME, like header.content-type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>empty name in the JSON path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>like value.order.items[0].sku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>array index expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number in brackets: items[0]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unexpected &quot;%1&quot; in the JSON path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>a number must follow -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a duration alone is not a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relative times start at now: now - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>a duration must follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>like 5m, 30s, 2h, 1d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a value is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a value, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>expected an operator, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected { after in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>a set: in {&quot;a&quot;, &quot;b&quot;, 3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>expected , or }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>null only compares with == and !=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <source>this field is a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>a time: 2026-12-02T10:00:00Z, now - 5m, or ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>a number, like 42</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 works on text, this field is a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use == != &lt; &lt;= &gt; &gt;= or in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>matches takes a regular expression string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>like matches &quot;^order-[0-9]+$&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bad regular expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>contains takes text or a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>position %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputLimits</name>
    <message>
        <location filename="../core/common/InputLimits.cpp" line="+26"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 is a directory, not a file</source>
        <translation>%1 ist ein Verzeichnis, keine Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+15"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1 is larger than %2; is it the right file?</source>
        <translation>%1 ist größer als %2; ist es die richtige Datei?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>not a text file (a NUL byte at offset %1)</source>
        <translation>keine Textdatei (NUL-Byte an Offset %1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a UTF-8 text file (an invalid byte at offset %1)</source>
        <translation>keine UTF-8-Textdatei (ungültiges Byte an Offset %1)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1duplicate key &quot;%2&quot; (each key may appear once in an object)</source>
        <translation>%1doppelter Schlüssel &quot;%2&quot; (jeder Schlüssel darf in einem Objekt nur einmal vorkommen)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1nested deeper than %2 levels</source>
        <translation>%1tiefer als %2 Ebenen verschachtelt</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>invalid JSON</source>
        <translation>ungültiges JSON</translation>
    </message>
</context>
<context>
    <name>KafkaClient</name>
    <message>
        <location filename="../core/kafka/ClientConfig.cpp" line="+37"/>
        <source>Client property %1 is too long (%2 bytes; at most %3): the broker would reject every request</source>
        <translation>Client-Eigenschaft %1 ist zu lang (%2 Byte; höchstens %3): Der Broker würde jede Anfrage ablehnen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No bootstrap servers given.</source>
        <translation>Keine Bootstrap-Server angegeben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create a Kafka client configuration.</source>
        <translation>Kafka-Client-Konfiguration kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Invalid client property %1: %2</source>
        <translation>Ungültige Client-Eigenschaft %1: %2</translation>
    </message>
    <message>
        <location filename="../core/kafka/RdErrors.cpp" line="+51"/>
        <source>librdkafka could not create an object (%1).</source>
        <translation>librdkafka konnte kein Objekt erstellen (%1).</translation>
    </message>
    <message>
        <location filename="../core/kafka/GroupConsumer.cpp" line="+48"/>
        <source>Cannot create Kafka consumer: %1</source>
        <translation>Kafka-Consumer kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location filename="../core/kafka/RdErrors.cpp" line="+6"/>
        <source>librdkafka refused the topic name &quot;%1&quot;.</source>
        <translation>librdkafka hat den Topic-Namen &quot;%1&quot; abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaClient.cpp" line="+38"/>
        <source>No broker answered (%1)</source>
        <translation>Kein Broker hat geantwortet (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cluster did not answer in time (%1)</source>
        <translation>Der Cluster hat nicht rechtzeitig geantwortet (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authentication failed: check user name and password (%1)</source>
        <translation>Authentifizierung fehlgeschlagen: Prüfen Sie Benutzername und Passwort (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS handshake failed: check CA, certificate and key (%1)</source>
        <translation>TLS-Handshake fehlgeschlagen: Prüfen Sie CA, Zertifikat und Schlüssel (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not authorized (%1)</source>
        <translation>Nicht autorisiert (%1)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The broker refused the login (authentication failed): check user name, password and SASL mechanism</source>
        <translation>Der Broker hat die Anmeldung abgelehnt (Authentifizierung fehlgeschlagen): Prüfen Sie Benutzername, Passwort und SASL-Mechanismus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TLS handshake failed: the port closed the connection during the handshake; it is probably a plaintext listener (check security.protocol)</source>
        <translation>TLS-Handshake fehlgeschlagen: Der Port hat die Verbindung während des Handshakes geschlossen; vermutlich ein Klartext-Listener (prüfen Sie security.protocol)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS handshake failed: check CA, certificate and key</source>
        <translation>TLS-Handshake fehlgeschlagen: Prüfen Sie CA, Zertifikat und Schlüssel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The port answered with TLS: it is a TLS listener, set security.protocol to SSL or SASL_SSL</source>
        <translation>Der Port antwortet mit TLS: ein TLS-Listener; setzen Sie security.protocol auf SSL oder SASL_SSL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a Kafka broker: unexpected response (it begins with &quot;%1&quot;)</source>
        <translation>Kein Kafka-Broker: unerwartete Antwort (sie beginnt mit &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not a Kafka broker: unexpected response</source>
        <translation>Kein Kafka-Broker: unerwartete Antwort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The port closed the connection without answering: not a Kafka broker, a TLS listener spoken to in plaintext (check security.protocol), or a request the broker rejected</source>
        <translation>Der Port hat die Verbindung ohne Antwort geschlossen: kein Kafka-Broker, ein im Klartext angesprochener TLS-Listener (prüfen Sie security.protocol) oder eine vom Broker abgelehnte Anfrage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timed out waiting for the broker&apos;s answer: the port accepts connections but does not answer like a Kafka broker</source>
        <translation>Zeitüberschreitung beim Warten auf die Antwort des Brokers: Der Port nimmt Verbindungen an, antwortet aber nicht wie ein Kafka-Broker</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timed out connecting: no answer from the host (firewall or wrong address?)</source>
        <translation>Zeitüberschreitung beim Verbinden: keine Antwort vom Host (Firewall oder falsche Adresse?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection refused: nothing listens on that port</source>
        <translation>Verbindung abgelehnt: Auf diesem Port lauscht nichts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host name not found</source>
        <translation>Hostname nicht gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request too large</source>
        <translation>Anfrage zu groß</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot create Kafka client: %1</source>
        <translation>Kafka-Client kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaClientAdmin.cpp" line="+44"/>
        <source>Unexpected admin result from librdkafka.</source>
        <translation>Unerwartetes Admin-Ergebnis von librdkafka.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Invalid topic %1: %2</source>
        <translation>Ungültiges Topic %1: %2</translation>
    </message>
    <message>
        <location filename="../core/kafka/Producer.cpp" line="+36"/>
        <source>Cannot create Kafka producer: %1</source>
        <translation>Kafka-Producer kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location filename="../core/kafka/TransactionalProducer.cpp" line="+53"/>
        <source>Cannot start transactions on the target cluster: %1</source>
        <translation>Transaktionen auf dem Zielcluster können nicht gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../models/overview/BrokerTableModel.cpp" line="+95"/>
        <source>Controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This broker is the active controller of the cluster.</source>
        <translation>Dieser Broker ist der aktive Controller des Clusters.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rack</source>
        <translation>Rack</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leaders</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../models/overview/PartitionTableModel.cpp" line="+166"/>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <location filename="../models/overview/PartitionTableModel.cpp" line="-71"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+41"/>
        <location filename="../models/overview/TopicTableModel.cpp" line="+143"/>
        <source>Metadata error code %1</source>
        <translation>Metadaten-Fehlercode %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This partition has no leader: it is offline.</source>
        <translation>Diese Partition hat keinen Leader und ist daher offline.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under-replicated: %1 of %2 replicas in sync</source>
        <translation>Unterrepliziert: %1 von %2 Replikaten synchron</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offsets could not be read (error code %1)</source>
        <translation>Offsets konnten nicht gelesen werden (Fehlercode %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offsets not read yet</source>
        <translation>Offsets noch nicht gelesen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ISR</source>
        <translation>ISR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start offset</source>
        <translation>Start-Offset</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End offset</source>
        <translation>End-Offset</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../models/overview/TopicTableModel.cpp" line="+25"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Broker that leads this partition</source>
        <translation>Broker, der Leader dieser Partition ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brokers holding a replica, preferred leader first</source>
        <translation>Broker mit einem Replikat, bevorzugter Leader zuerst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In-sync replicas: replicas that are caught up with the leader</source>
        <translation>In-Sync-Replikate: Replikate, die mit dem Leader gleichauf sind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log start offset: the oldest offset still retained</source>
        <translation>Log-Start-Offset: der älteste noch vorgehaltene Offset</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High watermark: the offset the next record will get</source>
        <translation>High Watermark: der Offset, den die nächste Nachricht erhält</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End offset minus start offset</source>
        <translation>End-Offset minus Start-Offset</translation>
    </message>
    <message>
        <location filename="../models/common/RateFormat.cpp" line="+67"/>
        <source>%1 msgs/s</source>
        <translation>%1 Nachr./s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>≈ %1 %2B/s</source>
        <translation>≈ %1 %2B/s</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/throughput/ThroughputTopicModel.cpp" line="+58"/>
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n nicht lesbar</numerusform>
            <numerusform>%n nicht lesbar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compacted</source>
        <translation>kompaktiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>transactional</source>
        <translation>transaktional</translation>
    </message>
    <message>
        <location filename="../models/overview/TopicTableModel.cpp" line="-70"/>
        <location filename="../models/throughput/ThroughputTopicModel.cpp" line="+125"/>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <location filename="../models/throughput/ThroughputTopicModel.cpp" line="+12"/>
        <source>%1 ▲ P%2</source>
        <translation>%1 ▲ P%2</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>No rate: the offsets could not be read</source>
        <translation>Keine Rate: Die Offsets konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No rate yet: it needs two samples</source>
        <translation>Noch keine Rate: Dafür sind zwei Messungen nötig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (smoothed over the last few seconds)</source>
        <translation>%1 (geglättet über die letzten Sekunden)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last sample: %1</source>
        <translation>Letzte Messung: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 partitions measured; the others are left out of the sum, not counted as 0</source>
        <translation>%1 von %2 Partitionen gemessen; die übrigen fehlen in der Summe, statt als 0 gezählt zu werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 offsets added since Streamscope started watching</source>
        <translation>%1 Offsets hinzugekommen, seit Streamscope das Topic beobachtet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One partition: no skew possible</source>
        <translation>Eine Partition: kein Skew möglich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No traffic, no skew</source>
        <translation>Kein Datenverkehr, kein Skew</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skew %1: busiest partition rate / mean partition rate (1.00× is even, %2× is all traffic in one)</source>
        <translation>Skew %1: Rate der aktivsten Partition / mittlere Partitionsrate (1,00× ist gleichmäßig, %2× heißt: gesamter Datenverkehr in einer)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Partition %1 carries %2% of the traffic%3</source>
        <translation>Partition %1 trägt %2 % des Datenverkehrs%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>: a hot partition</source>
        <translation>: eine Hot-Partition</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No estimate yet: no records of this topic were sampled</source>
        <translation>Noch keine Schätzung: Von diesem Topic wurden noch keine Nachrichten als Stichprobe gelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimate: msgs/s × mean sampled record size (%1 bytes: key, value and headers, before compression)</source>
        <translation>Schätzung: Nachr./s × mittlere Größe der Stichproben-Nachrichten (%1 Byte: Schlüssel, Wert und Header, vor der Komprimierung)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Offsets of 1 partition could not be read this tick: it has no rate (not 0)</source>
        <translation>Die Offsets von 1 Partition konnten in dieser Messung nicht gelesen werden: Sie hat keine Rate (nicht 0)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offsets of %1 partitions could not be read this tick: they have no rate (not 0)</source>
        <translation>Die Offsets von %1 Partitionen konnten in dieser Messung nicht gelesen werden: Sie haben keine Rate (nicht 0)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>msgs/s over the last %1 samples</source>
        <translation>Nachr./s über die letzten %1 Messungen</translation>
    </message>
    <message>
        <location filename="../models/overview/TopicTableModel.cpp" line="+43"/>
        <location filename="../models/throughput/ThroughputTopicModel.cpp" line="-36"/>
        <source>Internal topic</source>
        <translation>Internes Topic</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../models/throughput/ThroughputTopicModel.cpp" line="+13"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../models/throughput/ThroughputTopicModel.cpp" line="+2"/>
        <source>msgs/s</source>
        <translation>Nachr./s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Produced</source>
        <translation>Produziert</translation>
    </message>
    <message>
        <location filename="../models/overview/TopicTableModel.cpp" line="+2"/>
        <location filename="../models/throughput/ThroughputTopicModel.cpp" line="+2"/>
        <source>Partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <location filename="../models/throughput/ThroughputTopicModel.cpp" line="+2"/>
        <source>Skew</source>
        <translation>Skew</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>≈ Bytes/s</source>
        <translation>≈ Byte/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Messages per second from end-offset deltas, smoothed over a few seconds. “?”: unknown (never shown as 0); “≥”: some partitions could not be measured</source>
        <translation>Nachrichten pro Sekunde aus End-Offset-Differenzen, über einige Sekunden geglättet. „?“: unbekannt (nie als 0 angezeigt); „≥“: einige Partitionen konnten nicht gemessen werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Messages produced since Streamscope started watching (offsets added; includes transaction markers)</source>
        <translation>Seit Beginn der Beobachtung durch Streamscope produzierte Nachrichten (hinzugekommene Offsets; einschließlich Transaktionsmarkern)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Busiest partition rate / mean partition rate; ▲ marks a hot partition that carries most of the traffic</source>
        <translation>Rate der aktivsten Partition / mittlere Partitionsrate; ▲ markiert eine Hot-Partition, die den Großteil des Datenverkehrs trägt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Estimated payload bytes per second: msgs/s × mean size of sampled records (uncompressed, without batch overhead). An estimate, not a measurement</source>
        <translation>Geschätzte Nutzdaten-Bytes pro Sekunde: Nachr./s × mittlere Größe der Stichproben-Nachrichten (unkomprimiert, ohne Batch-Overhead). Eine Schätzung, keine Messung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unreadable partitions; compacted or transactional topics, whose offset-based counts include gaps or control records</source>
        <translation>Nicht lesbare Partitionen; kompaktierte oder transaktionale Topics, deren Offset-basierte Zählungen Lücken oder Kontrolldatensätze enthalten</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/overview/TopicTableModel.cpp" line="-18"/>
        <source>%n partition(s) without a leader</source>
        <translation>
            <numerusform>%n Partition ohne Leader</numerusform>
            <numerusform>%n Partitionen ohne Leader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n partition(s) under-replicated</source>
        <translation>
            <numerusform>%n Partition unterrepliziert</numerusform>
            <numerusform>%n Partitionen unterrepliziert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Offsets of %n partition(s) could not be read</source>
        <translation>
            <numerusform>Offsets von %n Partition konnten nicht gelesen werden</numerusform>
            <numerusform>Offsets von %n Partitionen konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Replication</source>
        <translation>Replikation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replication factor (largest replica set of any partition)</source>
        <translation>Replikationsfaktor (größte Replikatmenge aller Partitionen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records retained: end offset minus start offset, summed over partitions (includes transaction markers and compaction gaps)</source>
        <translation>Vorgehaltene Nachrichten: End-Offset minus Start-Offset, summiert über alle Partitionen (einschließlich Transaktionsmarkern und Kompaktierungslücken)</translation>
    </message>
    <message>
        <location filename="../models/overview/BrokerTableModel.cpp" line="+5"/>
        <source>Partitions this broker leads (internal topics not counted)</source>
        <translation>Partitionen, deren Leader dieser Broker ist (interne Topics nicht mitgezählt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partition replicas stored on this broker (internal topics not counted)</source>
        <translation>Partitionsreplikate auf diesem Broker (interne Topics nicht mitgezählt)</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../core/cluster/ProfileStore.cpp" line="+71"/>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>it is not in the settings format</source>
        <translation>sie hat nicht das Einstellungsformat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it cannot be read</source>
        <translation>sie kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it contains binary data (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its profile count is not a number</source>
        <translation>ihre Profilanzahl ist keine Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it lists %1 profiles; only the first %2 are read</source>
        <translation>sie listet %1 Profile auf; nur die ersten %2 werden gelesen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>its list of profiles has no count or a wrong one (%1); it may be cut short</source>
        <translation>ihre Profilliste hat keine oder eine falsche Anzahl (%1); sie ist womöglich abgeschnitten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>profile %1 of %2 is incomplete; it may be cut short</source>
        <translation>Profil %1 von %2 ist unvollständig; es ist womöglich abgeschnitten</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The settings file %1 could not be read: %2. No copy could be kept; saving a profile will replace it.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht gelesen werden: %2. Es ließ sich keine Kopie aufbewahren; das Speichern eines Profils ersetzt sie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings file %1 could not be read: %2. The original was kept as %3. The profiles that could be read are listed; saving writes a new file.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht gelesen werden: %2. Das Original wurde als %3 aufbewahrt. Die lesbaren Profile werden angezeigt; beim Speichern entsteht eine neue Datei.</translation>
    </message>
</context>
<context>
    <name>Replay</name>
    <message>
        <location filename="../core/replay/ReplayEngine.cpp" line="+54"/>
        <source>Cannot read the source cluster: %1</source>
        <translation>Der Quellcluster kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The source topic %1 does not exist.</source>
        <translation>Das Quell-Topic %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read the target cluster: %1</source>
        <translation>Der Zielcluster kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>A record could not be queued: %1</source>
        <translation>Ein Datensatz konnte nicht eingereiht werden: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The transaction could not be committed: %1</source>
        <translation>Die Transaktion konnte nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The target cluster stayed unavailable; gave up: %1</source>
        <translation>Der Zielcluster blieb nicht erreichbar; aufgegeben: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Commit of a chunk of %n record(s) failed, retrying: %1</source>
        <translation>
            <numerusform>Abschluss eines Blocks von %n Datensatz fehlgeschlagen, neuer Versuch: %1</numerusform>
            <numerusform>Abschluss eines Blocks von %n Datensätzen fehlgeschlagen, neuer Versuch: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>A chunk of %n record(s) was aborted after broker trouble and written again: %1</source>
        <translation>
            <numerusform>Ein Block von %n Datensatz wurde nach Brokerproblemen verworfen und neu geschrieben: %1</numerusform>
            <numerusform>Ein Block von %n Datensätzen wurde nach Brokerproblemen verworfen und neu geschrieben: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The open transaction could not be aborted; the broker aborts it when its timeout expires. Its records are never visible to read_committed readers.</source>
        <translation>Die offene Transaktion konnte nicht verworfen werden; der Broker verwirft sie nach Ablauf ihrer Zeitgrenze. Ihre Datensätze sind für read_committed-Leser nie sichtbar.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot begin a transaction: %1</source>
        <translation>Eine Transaktion kann nicht begonnen werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The transaction could not be aborted: %1</source>
        <translation>Die Transaktion konnte nicht verworfen werden: %1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>A replay needs an end: &quot;live&quot; is not a replay range.</source>
        <translation>Eine Wiedergabe braucht ein Ende: „live“ ist kein Wiedergabebereich.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The source could not be read: %1</source>
        <translation>Die Quelle konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The source could not be read; gave up: %1</source>
        <translation>Die Quelle konnte nicht gelesen werden; aufgegeben: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the source failed (%1); resuming after the last record taken.</source>
        <translation>Lesen der Quelle fehlgeschlagen (%1); es geht nach dem zuletzt übernommenen Datensatz weiter.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Cannot create the target topic: %1</source>
        <translation>Das Ziel-Topic kann nicht angelegt werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Created %1 with %n partition(s) and the source&apos;s configs.</source>
        <translation>
            <numerusform>%1 mit %n Partition und den Einstellungen der Quelle angelegt.</numerusform>
            <numerusform>%1 mit %n Partitionen und den Einstellungen der Quelle angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The new target topic did not become available in time.</source>
        <translation>Das neue Ziel-Topic wurde nicht rechtzeitig verfügbar.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read the end offset of %1 partition %2.</source>
        <translation>Der End-Offset von %1 Partition %2 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Nothing to replay: no rows and no range.</source>
        <translation>Nichts wiederzugeben: keine Zeilen und kein Bereich.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The target has %1 partitions and the source %2: &quot;same partition&quot; needs at least as many; choose key or round robin.</source>
        <translation>Das Ziel hat %1 Partitionen, die Quelle %2: „gleiche Partition“ braucht mindestens so viele; Schlüssel oder Round Robin wählen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The target topic %1 does not exist.</source>
        <translation>Das Ziel-Topic %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Cancelled: %1 record(s) committed stay in the target; %2 in the open transaction were aborted and are never visible.</source>
        <translation>Abgebrochen: %1 abgeschlossene Datensätze bleiben im Ziel; %2 in der offenen Transaktion wurden verworfen und sind nie sichtbar.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not verified: the replay was cancelled.</source>
        <translation>Nicht geprüft: die Wiedergabe wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Verification failed: %1</source>
        <translation>Prüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/replay/ReplayTypes.cpp" line="+63"/>
        <source>Replay refused: %1</source>
        <translation>Wiedergabe abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Dry run: %1 record(s) from %2 would be replayed into %3.</source>
        <translation>Probelauf: %1 Datensätze aus %2 würden nach %3 wiedergegeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>p%1: %2</source>
        <translation>p%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target partitions: %1</source>
        <translation>Zielpartitionen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  p%1@%2 -&gt; p%3  key=%4  value=%5</source>
        <translation>  p%1@%2 -&gt; p%3  Schlüssel=%4  Wert=%5</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Replay %1 completed: %2 record(s) from %3 into %4 in %5 s.</source>
        <translation>Wiedergabe %1 abgeschlossen: %2 Datensätze aus %3 nach %4 in %5 s.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replay %1 cancelled.</source>
        <translation>Wiedergabe %1 abgebrochen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replay %1 failed: %2</source>
        <translation>Wiedergabe %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committed (visible to read_committed readers): %1; aborted: %2.</source>
        <translation>Abgeschlossen (für read_committed-Leser sichtbar): %1; verworfen: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The target topic was created.</source>
        <translation>Das Ziel-Topic wurde angelegt.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n chunk(s) were aborted after broker trouble and written again; each record is in the target once.</source>
        <translation>
            <numerusform>%n Block wurde nach Brokerproblemen verworfen und neu geschrieben; jeder Datensatz ist genau einmal im Ziel.</numerusform>
            <numerusform>%n Blöcke wurden nach Brokerproblemen verworfen und neu geschrieben; jeder Datensatz ist genau einmal im Ziel.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verified: %1 record(s) read back with read_committed, every digest equal (%2 s).</source>
        <translation>Geprüft: %1 Datensätze mit read_committed zurückgelesen, alle Prüfsummen gleich (%2 s).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Verification found %n mismatch(es):</source>
        <translation>
            <numerusform>Die Prüfung fand %n Abweichung:</numerusform>
            <numerusform>Die Prüfung fand %n Abweichungen:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not verified: %1 record(s) read back.</source>
        <translation>Nicht geprüft: %1 Datensätze zurückgelesen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verification was off.</source>
        <translation>Die Prüfung war ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../core/replay/ReplayVerifier.cpp" line="+52"/>
        <source>Cannot read the end of partition %1.</source>
        <translation>Das Ende von Partition %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Verification cancelled.</source>
        <translation>Prüfung abgebrochen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the target back stalled: %1</source>
        <translation>Das Zurücklesen des Ziels kam nicht voran: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>partition %1 offset %2: a record that was not replayed</source>
        <translation>Partition %1 Offset %2: ein Datensatz, der nicht wiedergegeben wurde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>partition %1 offset %2: key, value or headers differ from replayed record %3 of this partition</source>
        <translation>Partition %1 Offset %2: Schlüssel, Wert oder Header weichen vom wiedergegebenen Datensatz %3 dieser Partition ab</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>partition %1: %2 replayed record(s) missing</source>
        <translation>Partition %1: %2 wiedergegebene Datensätze fehlen</translation>
    </message>
    <message>
        <location filename="../core/replay/SandboxGuard.cpp" line="+40"/>
        <source>No target topic was given.</source>
        <translation>Es wurde kein Ziel-Topic angegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The target topic name is not valid: %1</source>
        <translation>Der Name des Ziel-Topics ist ungültig: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The target is the source topic itself: a replay never writes into the topic it reads.</source>
        <translation>Das Ziel ist das Quell-Topic selbst: eine Wiedergabe schreibt nie in das Topic, das sie liest.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The target cluster&apos;s profile &quot;%1&quot; is a sandbox.</source>
        <translation>Das Profil „%1“ des Zielclusters ist eine Sandbox.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The target topic starts with the sandbox prefix &quot;%1&quot;.</source>
        <translation>Das Ziel-Topic beginnt mit dem Sandbox-Präfix „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The target cluster is not a sandbox: its profile is not flagged sandbox, and sandbox-prefixed topics are only allowed on the source&apos;s own cluster.</source>
        <translation>Der Zielcluster ist keine Sandbox: sein Profil ist nicht als Sandbox gekennzeichnet, und Topics mit Sandbox-Präfix sind nur auf dem Cluster der Quelle erlaubt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The target cluster is not a sandbox and its profile has no sandbox topic prefix.</source>
        <translation>Der Zielcluster ist keine Sandbox und sein Profil hat kein Sandbox-Topic-Präfix.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The target cluster is not a sandbox and &quot;%1&quot; does not start with the sandbox prefix &quot;%2&quot;.</source>
        <translation>Der Zielcluster ist keine Sandbox und „%1“ beginnt nicht mit dem Sandbox-Präfix „%2“.</translation>
    </message>
</context>
<context>
    <name>Simulator</name>
    <message>
        <location filename="../core/sim/ScenarioCatalog.cpp" line="+25"/>
        <source>cannot load scenario %1: %2</source>
        <translation>Szenario %1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no scenario given</source>
        <translation>kein Szenario angegeben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown scenario &quot;%1&quot;: built-in scenarios are %2; or pass a JSON file path</source>
        <translation>unbekanntes Szenario &quot;%1&quot;: eingebaute Szenarien sind %2; oder geben Sie den Pfad einer JSON-Datei an</translation>
    </message>
    <message>
        <location filename="../core/sim/ScenarioParser.cpp" line="+122"/>
        <source>expected an object, got %1</source>
        <translation>Objekt erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown field (expected one of: %1)</source>
        <translation>unbekanntes Feld (erwartet wird eines von: %1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+20"/>
        <location line="+27"/>
        <source>required field is missing</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>expected a string, got %1</source>
        <translation>Zeichenkette erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+43"/>
        <location line="+124"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>expected a number, got %1</source>
        <translation>Zahl erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be between %1 and %2, got %3</source>
        <translation>muss zwischen %1 und %2 liegen, erhalten: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a whole number, got %1</source>
        <translation>ganze Zahl erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected an array, got %1</source>
        <translation>Array erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>field templates may be nested at most %1 levels deep</source>
        <translation>Feldvorlagen dürfen höchstens %1 Ebenen tief verschachtelt sein</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>unsupported JSON value</source>
        <translation>nicht unterstützter JSON-Wert</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>a scenario&apos;s topic names may have at most %1 characters (prefix and suffix come on top), got %2</source>
        <translation>Topic-Namen eines Szenarios dürfen höchstens %1 Zeichen haben (Präfix und Suffix kommen hinzu), erhalten: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be at least 1, or -1 for the broker&apos;s default</source>
        <translation>muss mindestens 1 sein, oder -1 für den Standardwert des Brokers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected an object of topic configs, got %1</source>
        <translation>Objekt mit Topic-Konfigurationen erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a string, number or boolean</source>
        <translation>Zeichenkette, Zahl oder Boolean erwartet</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+11"/>
        <source>&quot;%1&quot; is written by the simulator itself</source>
        <translation>&quot;%1&quot; wird vom Simulator selbst geschrieben</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>expected an object of field templates, got %1</source>
        <translation>Objekt mit Feldvorlagen erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>topic &quot;%1&quot; is declared twice</source>
        <translation>Topic &quot;%1&quot; ist doppelt deklariert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>event type &quot;%1&quot; is declared twice</source>
        <translation>Ereignistyp &quot;%1&quot; ist doppelt deklariert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown topic &quot;%1&quot; (declare it under &quot;topics&quot;)</source>
        <translation>unbekanntes Topic &quot;%1&quot; (unter &quot;topics&quot; deklarieren)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown event type &quot;%1&quot; (declare it under &quot;event_types&quot;)</source>
        <translation>unbekannter Ereignistyp &quot;%1&quot; (unter &quot;event_types&quot; deklarieren)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>service &quot;%1&quot; is declared twice</source>
        <translation>Service &quot;%1&quot; ist doppelt deklariert</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>service &quot;%1&quot; neither produces nor consumes anything</source>
        <translation>Service &quot;%1&quot; produziert und konsumiert nichts</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be greater than 0</source>
        <translation>muss größer als 0 sein</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>group &quot;%1&quot; is used twice (one consumes entry per group)</source>
        <translation>Gruppe &quot;%1&quot; wird doppelt verwendet (ein consumes-Eintrag pro Gruppe)</translation>
    </message>
    <message>
        <location filename="../core/sim/Simulator.cpp" line="+82"/>
        <source>the simulation is already running</source>
        <translation>die Simulation läuft bereits</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot reach %1: %2</source>
        <translation>%1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>group %1: %2</source>
        <translation>Gruppe %1: %2</translation>
    </message>
    <message>
        <location filename="../core/sim/TemplateParser.cpp" line="+30"/>
        <source>{cause.FIELD} needs a field name</source>
        <translation>{cause.FIELD} braucht einen Feldnamen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{choice:A|B|C} needs non-empty choices, got {%1}</source>
        <translation>{choice:A|B|C} braucht nicht leere Auswahlwerte, erhalten: {%1}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{%1} must be {%2:MIN:MAX} with numbers MIN &lt;= MAX</source>
        <translation>{%1} muss {%2:MIN:MAX} sein, mit Zahlen MIN &lt;= MAX</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown placeholder {%1} (known: key, seq, uuid, now, int:MIN:MAX, money:MIN:MAX, choice:A|B, cause.FIELD)</source>
        <translation>unbekannter Platzhalter {%1} (bekannt: key, seq, uuid, now, int:MIN:MAX, money:MIN:MAX, choice:A|B, cause.FIELD)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>unmatched &quot;}&quot; at position %1 (write &quot;}}&quot; for a brace)</source>
        <translation>nicht passendes &quot;}&quot; an Position %1 (für eine geschweifte Klammer &quot;}}&quot; schreiben)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unclosed &quot;{&quot; at position %1 (write &quot;{{&quot; for a brace)</source>
        <translation>nicht geschlossenes &quot;{&quot; an Position %1 (für eine geschweifte Klammer &quot;{{&quot; schreiben)</translation>
    </message>
    <message>
        <location filename="../core/sim/TopicProvisioner.cpp" line="+44"/>
        <source>topic %1 exists with %2 partitions, the scenario declares %3; using it as it is</source>
        <translation>Topic %1 existiert mit %2 Partitionen, das Szenario deklariert %3; es wird unverändert verwendet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot create topic %1: %2</source>
        <translation>Topic %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>topics not ready after %1 s: %2</source>
        <translation>Topics nach %1 s nicht bereit: %2</translation>
    </message>
</context>
<context>
    <name>Throughput</name>
    <message>
        <location filename="../core/throughput/ThroughputTypes.cpp" line="+18"/>
        <source>Compacted topic: offset-based record counts include records that compaction has since removed (gaps); produce rates are unaffected.</source>
        <translation>Kompaktiertes Topic: Offset-basierte Nachrichtenzahlen enthalten Nachrichten, die die Kompaktierung inzwischen entfernt hat (Lücken); Produce-Raten sind davon nicht betroffen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transactional writes seen: offset-based counts and rates include transaction markers (control records), so they over-count data records.</source>
        <translation>Transaktionale Schreibvorgänge erkannt: Offset-basierte Zählungen und Raten enthalten Transaktionsmarker (Kontrolldatensätze) und zählen daher mehr als die tatsächlichen Datensätze.</translation>
    </message>
    <message>
        <location filename="../core/session/SessionServices.cpp" line="+82"/>
        <source>it cannot be opened</source>
        <translation>sie lässt sich nicht öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is truncated</source>
        <translation>sie ist abgeschnitten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not a Streamscope history file</source>
        <translation>sie ist keine Streamscope-Verlaufsdatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its format is not supported</source>
        <translation>ihr Format wird nicht unterstützt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a newer Streamscope wrote it</source>
        <translation>eine neuere Streamscope-Version hat sie geschrieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is damaged</source>
        <translation>sie ist beschädigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it holds times after now (was the clock set back?)</source>
        <translation>sie enthält Zeiten nach jetzt (wurde die Uhr zurückgestellt?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it belongs to another cluster</source>
        <translation>sie gehört zu einem anderen Cluster</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The throughput history file %1 could not be read (%2) and could not be moved aside. It is left as it is; this session&apos;s history is not saved.</source>
        <translation>Die Durchsatz-Verlaufsdatei %1 konnte nicht gelesen werden (%2) und ließ sich nicht beiseitelegen. Sie bleibt unverändert; der Verlauf dieser Sitzung wird nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The throughput history file %1 could not be read (%2); it was kept as %3. A new history starts now.</source>
        <translation>Die Durchsatz-Verlaufsdatei %1 konnte nicht gelesen werden (%2); sie wurde als %3 aufbewahrt. Ab jetzt beginnt ein neuer Verlauf.</translation>
    </message>
</context>
<context>
    <name>TopicName</name>
    <message>
        <location filename="../core/cluster/TopicName.cpp" line="+26"/>
        <source>A topic name must not be empty.</source>
        <translation>Ein Topic-Name darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic name &quot;%1&quot; is %2 characters long; Kafka allows at most %3.</source>
        <translation>Topic-Name &quot;%1&quot; ist %2 Zeichen lang; Kafka erlaubt höchstens %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a valid topic name.</source>
        <translation>&quot;%1&quot; ist kein gültiger Topic-Name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Topic name &quot;%1&quot; contains &quot;%2&quot;: Kafka allows only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Topic-Name &quot;%1&quot; enthält &quot;%2&quot;: Kafka erlaubt nur Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;.</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../widgets/overview/BrokersPanel.cpp" line="+27"/>
        <location filename="../widgets/overview/ClusterSummaryStrip.cpp" line="+21"/>
        <source>Brokers</source>
        <translation>Broker</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>1 broker</source>
        <translation>1 Broker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 brokers</source>
        <translation>%1 Broker</translation>
    </message>
    <message>
        <location filename="../widgets/charts/ChartToolBar.cpp" line="+129"/>
        <location filename="../widgets/replay/ReplayStatusWidget.cpp" line="+132"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../widgets/replay/ReplayStatusWidget.cpp" line="-104"/>
        <location line="+104"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow live data again (or double-click the chart)</source>
        <translation>Wieder den Live-Daten folgen (oder Doppelklick auf das Diagramm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freeze the chart to read it; the table keeps updating</source>
        <translation>Diagramm zum Ablesen einfrieren; die Tabelle wird weiter aktualisiert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The chart is frozen: drag to pan, wheel to zoom</source>
        <translation>Das Diagramm ist eingefroren: Ziehen zum Verschieben, Mausrad zum Zoomen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chart follows the newest samples</source>
        <translation>Das Diagramm folgt den neuesten Messungen</translation>
    </message>
    <message>
        <location filename="../widgets/overview/OverviewPage.cpp" line="+66"/>
        <source>Cluster total</source>
        <translation>Cluster gesamt</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+83"/>
        <source>Cluster throughput: %1</source>
        <translation>Durchsatz: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluster throughput</source>
        <translation>Cluster-Durchsatz</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not connected. Choose a cluster to look at.</source>
        <translation>Nicht verbunden. Wählen Sie einen Cluster aus.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../widgets/shell/MainWindow.cpp" line="+163"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Showing the last data, taken at %1.</source>
        <translation>Angezeigt werden die letzten Daten, Stand %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retrying cannot fix this: check the connection settings.</source>
        <translation>Ein erneuter Versuch behebt das nicht: Prüfen Sie die Verbindungseinstellungen.</translation>
    </message>
    <message>
        <location filename="../widgets/overview/ClusterSummaryStrip.cpp" line="-2"/>
        <location filename="../widgets/shell/MainWindow.cpp" line="-42"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <location filename="../widgets/common/TopicListPanel.cpp" line="+27"/>
        <location filename="../widgets/overview/ClusterSummaryStrip.cpp" line="+2"/>
        <location filename="../widgets/throughput/ThroughputPage.cpp" line="+92"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../widgets/charts/PartitionBarChart.cpp" line="+125"/>
        <location line="+69"/>
        <location filename="../widgets/overview/ClusterSummaryStrip.cpp" line="+1"/>
        <location filename="../widgets/overview/PartitionsPanel.cpp" line="+83"/>
        <location filename="../widgets/throughput/ThroughputPage.cpp" line="+3"/>
        <location line="+192"/>
        <source>Partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <location filename="../widgets/overview/ClusterSummaryStrip.cpp" line="+1"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampled at</source>
        <translation>Gemessen um</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Not counting %1 internal topics with %2 partitions</source>
        <translation>Nicht mitgezählt: %1 interne Topics mit %2 Partitionen</translation>
    </message>
    <message>
        <location filename="../widgets/connection/ConnectionDialog.cpp" line="+31"/>
        <source>Connect to a Kafka Cluster</source>
        <translation>Mit einem Kafka-Cluster verbinden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a profile from a Java client.properties or a kcat config file</source>
        <translation>Profil aus einer Java-client.properties- oder kcat-Konfigurationsdatei erstellen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Create a profile.</source>
        <translation>Legen Sie ein Profil an.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Another profile is already called “%1”.</source>
        <translation>Es gibt bereits ein anderes Profil namens „%1“.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>New cluster</source>
        <translation>Neuer Cluster</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 copy</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete Profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the profile “%1”?</source>
        <translation>Das Profil „%1“ löschen?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import Client Configuration</source>
        <translation>Client-Konfiguration importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client configuration (*.properties *.conf *.config *.cfg);;All files (*)</source>
        <translation>Client-Konfiguration (*.properties *.conf *.config *.cfg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import Failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported with Warnings</source>
        <translation>Mit Warnungen importiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some settings of %1 could not be carried over:

%2</source>
        <translation>Einige Einstellungen aus %1 konnten nicht übernommen werden:

%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/shell/ConnectionStatusWidget.cpp" line="+19"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the cluster again without waiting for the next scheduled attempt</source>
        <translation>Den Cluster sofort erneut abfragen, ohne auf den nächsten geplanten Versuch zu warten</translation>
    </message>
    <message>
        <location filename="../widgets/charts/RateChart.cpp" line="+510"/>
        <location filename="../widgets/common/ConnectionStateStyle.cpp" line="+25"/>
        <location filename="../widgets/shell/ConnectionStatusWidget.cpp" line="+38"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../widgets/shell/ConnectionStatusWidget.cpp" line="+1"/>
        <source>Choose a cluster with Cluster › Connect…</source>
        <translation>Wählen Sie einen Cluster über Cluster › Verbinden…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>down for %1 · last data at %2</source>
        <translation>seit %1 nicht erreichbar · letzte Daten um %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>down for %1</source>
        <translation>seit %1 nicht erreichbar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>last data at %1</source>
        <translation>letzte Daten um %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>updated %1 ago</source>
        <translation>vor %1 aktualisiert</translation>
    </message>
    <message>
        <location filename="../widgets/shell/MainWindow.cpp" line="-35"/>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect to another cluster (Ctrl+K)</source>
        <translation>Mit einem anderen Cluster verbinden (Strg+K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the cluster again now</source>
        <translation>Den Cluster jetzt erneut einlesen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Streamscope</source>
        <translation>&amp;Über Streamscope</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sample</source>
        <translation>Abtasten</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Streamscope</source>
        <translation>Streamscope</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — Streamscope</source>
        <translation>%1 — Streamscope</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>READ-ONLY</source>
        <translation>SCHREIBGESCHÜTZT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SANDBOX</source>
        <translation>SANDBOX</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read-only profile: nothing writes to this cluster without asking</source>
        <translation>Schreibgeschütztes Profil: Nichts wird ohne Rückfrage in diesen Cluster geschrieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writable profile</source>
        <translation>Beschreibbares Profil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Streamscope</source>
        <translation>Über Streamscope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Streamscope %1&lt;/h3&gt;&lt;p&gt;Live Kafka streams, lag, service graph and replay for your desktop.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Streamscope %1&lt;/h3&gt;&lt;p&gt;Live-Kafka-Streams, Lag, Service-Graph und Replay für Ihren Desktop.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/charts/PartitionBarChart.cpp" line="-131"/>
        <location line="+15"/>
        <location filename="../widgets/charts/RateChart.cpp" line="-401"/>
        <location line="+174"/>
        <source>msgs/s</source>
        <translation>Nachr./s</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+11"/>
        <source>end offset</source>
        <translation>End-Offset</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>hot partition</source>
        <translation>Hot-Partition</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Select a topic to compare its partitions</source>
        <translation>Wählen Sie ein Topic aus, um seine Partitionen zu vergleichen</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Partitions of %1: msgs/s and end offsets</source>
        <translation>Partitionen von %1: Nachr./s und End-Offsets</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1, partition %2</source>
        <translation>%1, Partition %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offsets could not be read (error %1): no rate, not 0</source>
        <translation>Offsets konnten nicht gelesen werden (Fehler %1): keine Rate, nicht 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate: %1</source>
        <translation>Rate: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last sample: %1</source>
        <translation>Letzte Messung: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of the topic&apos;s traffic: %1%</source>
        <translation>Anteil am Datenverkehr des Topics: %1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End offset: %1</source>
        <translation>End-Offset: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start offset: %1</source>
        <translation>Start-Offset: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retained: %1</source>
        <translation>Vorgehalten: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leader: broker %1</source>
        <translation>Leader: Broker %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No leader</source>
        <translation>Kein Leader</translation>
    </message>
    <message>
        <location filename="../widgets/overview/PartitionsPanel.cpp" line="+1"/>
        <source>No topic selected</source>
        <translation>Kein Topic ausgewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a topic to see its partitions.</source>
        <translation>Wählen Sie ein Topic aus, um seine Partitionen zu sehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../widgets/throughput/ThroughputPage.cpp" line="+1"/>
        <source>Partitions of %1</source>
        <translation>Partitionen von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the first snapshot</source>
        <translation>Warten auf den ersten Snapshot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the cluster…</source>
        <translation>Warten auf den Cluster…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic “%1” no longer exists on this cluster.</source>
        <translation>Das Topic „%1“ existiert auf diesem Cluster nicht mehr.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 partitions · replication %2 · %3 messages</source>
        <translation>%1 Partitionen · Replikation %2 · %3 Nachrichten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2 under-replicated</source>
        <translation>%1 · %2 unterrepliziert</translation>
    </message>
    <message>
        <location filename="../widgets/connection/PasswordPrompt.cpp" line="+17"/>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this cluster</source>
        <translation>diesen Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user “%1”</source>
        <translation>Benutzer „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;%1&lt;/b&gt; needs the %2 password of %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; benötigt das %2-Passwort für %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt; needs secrets that are not saved.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; benötigt Geheimnisse, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passwords and other secrets are kept in memory for this session only and are never saved.</source>
        <translation>Passwörter und andere Geheimnisse werden nur für diese Sitzung im Speicher gehalten und nie gespeichert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../widgets/connection/ProfileEditor.cpp" line="+114"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave empty if the key is not encrypted</source>
        <translation>Leer lassen, wenn der Schlüssel nicht verschlüsselt ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Key passphrase:</source>
        <translation>&amp;Schlüssel-Passphrase:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../widgets/connection/ProfileEditor.cpp" line="-64"/>
        <source>Extra properties, line %1: “%2” is not key=value.</source>
        <translation>Zusätzliche Eigenschaften, Zeile %1: „%2“ hat nicht die Form key=value.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>SASL authentication</source>
        <translation>SASL-Authentifizierung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Read-only</source>
        <translation>Schreib&amp;geschützt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sandbox</source>
        <translation>Sandbo&amp;x</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>host1:9092,host2:9092</source>
        <translation>host1:9092,host2:9092</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not saved; asked for once per session</source>
        <translation>Wird nicht gespeichert; einmal pro Sitzung abgefragt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source># librdkafka properties, one key=value per line, e.g.
# client.id=streamscope-laptop</source>
        <translation># librdkafka-Eigenschaften, ein key=value-Paar pro Zeile, z. B.
# client.id=streamscope-laptop</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anything that would write to this cluster asks for confirmation first.</source>
        <translation>Alles, was in diesen Cluster schreiben würde, fragt zuerst nach einer Bestätigung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A disposable cluster: only sandbox clusters can ever receive replayed messages.</source>
        <translation>Ein Wegwerf-Cluster: Nur Sandbox-Cluster können überhaupt per Replay eingespielte Nachrichten erhalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On this cluster, topics starting with this prefix may receive replayed messages even when the cluster is not a sandbox. Empty: none.</source>
        <translation>Auf diesem Cluster dürfen Topics mit diesem Präfix wiedergegebene Nachrichten empfangen, auch wenn der Cluster keine Sandbox ist. Leer: keine.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bootstrap servers:</source>
        <translation>&amp;Bootstrap-Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ecurity protocol:</source>
        <translation>Sicherheitsp&amp;rotokoll:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mechanism:</source>
        <translation>Mec&amp;hanismus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>Ben&amp;utzername:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.cer *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client &amp;certificate:</source>
        <translation>Client-&amp;Zertifikat:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client &amp;key:</source>
        <translation>Client-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only for an encrypted key; not saved</source>
        <translation>Nur für einen verschlüsselten Schlüssel; wird nicht gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key &amp;passphrase:</source>
        <translation>Schlüssel-P&amp;assphrase:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xtra properties:</source>
        <translation>Zusätzliche &amp;Eigenschaften:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Applied last, so they override the settings above. Only settings known to hold no secret are saved; any other property is kept for this session and asked for again next time.</source>
        <translation>Werden zuletzt angewendet und überschreiben daher die Einstellungen oben. Gespeichert werden nur Einstellungen, die bekanntermaßen kein Geheimnis enthalten; alle anderen gelten nur für diese Sitzung und werden beim nächsten Mal erneut abgefragt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sandbox topic &amp;prefix:</source>
        <translation>Sandbox-Topic-&amp;Präfix:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose %1</source>
        <translation>%1 auswählen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not saved, asked for when connecting: %1</source>
        <translation>Nicht gespeichert, wird beim Verbinden abgefragt: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter at least one bootstrap server as host:port.</source>
        <translation>Geben Sie mindestens einen Bootstrap-Server als host:port ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SASL needs a user name.</source>
        <translation>SASL benötigt einen Benutzernamen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 “%2” cannot be read.</source>
        <translation>%1 „%2“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A client certificate needs its key, and a key its certificate.</source>
        <translation>Ein Client-Zertifikat braucht seinen Schlüssel und ein Schlüssel sein Zertifikat.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/RateChart.cpp" line="-144"/>
        <source>No series selected</source>
        <translation>Keine Datenreihe ausgewählt</translation>
    </message>
    <message numerus="yes">
        <location line="+362"/>
        <source>+ %n more (hover to read)</source>
        <translation>
            <numerusform>+ %n weitere (Mauszeiger darauf halten)</numerusform>
            <numerusform>+ %n weitere (Mauszeiger darauf halten)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No data in this range</source>
        <translation>Keine Daten in diesem Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for data: a rate needs two samples</source>
        <translation>Warten auf Daten: Eine Rate braucht zwei Messungen</translation>
    </message>
    <message>
        <location filename="../widgets/common/StateBanner.cpp" line="+16"/>
        <source>Connect…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <location filename="../widgets/throughput/ThroughputPage.cpp" line="-195"/>
        <source>One line per selected topic (Ctrl/Shift-click to compare several)</source>
        <translation>Eine Linie pro ausgewähltem Topic (Strg-/Umschalt-Klick, um mehrere zu vergleichen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One line per partition of the current topic</source>
        <translation>Eine Linie pro Partition des aktuellen Topics</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+157"/>
        <source>Select topics in the table to chart them</source>
        <translation>Wählen Sie Topics in der Tabelle aus, um sie im Diagramm darzustellen</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>First %1 of %2 selected topics</source>
        <translation>Erste %1 von %2 ausgewählten Topics</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>partition %1</source>
        <translation>Partition %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a topic to chart its partitions</source>
        <translation>Wählen Sie ein Topic aus, um seine Partitionen im Diagramm darzustellen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Select a topic to see its partitions and how evenly its traffic is spread.</source>
        <translation>Wählen Sie ein Topic aus, um seine Partitionen zu sehen und wie gleichmäßig sein Datenverkehr verteilt ist.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting for the first samples of %1…</source>
        <translation>Warten auf die ersten Messungen von %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;Cluster&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Cluster&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../widgets/common/TopicListPanel.cpp" line="+77"/>
        <location filename="../widgets/throughput/ThroughputPage.cpp" line="+14"/>
        <source>%1 topics</source>
        <translation>%1 Topics</translation>
    </message>
    <message>
        <location filename="../widgets/throughput/ThroughputPage.cpp" line="+4"/>
        <source>1 partition unreadable</source>
        <translation>1 Partition nicht lesbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 partitions unreadable</source>
        <translation>%1 Partitionen nicht lesbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sampled every %1 s</source>
        <translation>Messung alle %1 s</translation>
    </message>
    <message>
        <location filename="../widgets/common/TopicListPanel.cpp" line="-81"/>
        <source>Show internal topics</source>
        <translation>Interne Topics anzeigen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Filter topics by name (Ctrl+F)</source>
        <translation>Topics nach Namen filtern (Strg+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Include Kafka&apos;s own topics such as __consumer_offsets</source>
        <translation>Kafkas eigene Topics wie __consumer_offsets einbeziehen</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No topic matches “%1”</source>
        <translation>Kein Topic passt zu „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 topics</source>
        <translation>%1 von %2 Topics</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 topic</source>
        <translation>1 Topic</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2 internal hidden</source>
        <translation>%1 · %2 interne ausgeblendet</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TimeSeriesHover.cpp" line="+164"/>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/charts/TimeWindow.cpp" line="+26"/>
        <source>1m</source>
        <translation>1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>5m</source>
        <translation>5 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>15m</source>
        <translation>15 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>24h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Last minute</source>
        <translation>Letzte Minute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 5 minutes</source>
        <translation>Letzte 5 Minuten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 24 hours (one-minute means)</source>
        <translation>Letzte 24 Stunden (Minutenmittelwerte)</translation>
    </message>
    <message>
        <location filename="../widgets/throughput/TopicRateSummary.cpp" line="+27"/>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rate not known yet</source>
        <translation>Rate noch unbekannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 partition</source>
        <translation>1 Partition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 partitions</source>
        <translation>%1 Partitionen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n unreadable (no rate, not 0)</source>
        <translation>
            <numerusform>%n nicht lesbar (keine Rate, nicht 0)</numerusform>
            <numerusform>%n nicht lesbar (keine Rate, nicht 0)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skew %1</source>
        <translation>Skew %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hot partition %1 carries %2% of the traffic</source>
        <translation>Hot-Partition %1 trägt %2 % des Datenverkehrs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (estimate: %2 B mean sampled record size)</source>
        <translation>%1 (Schätzung: %2 B mittlere Größe der Stichproben-Nachrichten)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>byte rate not estimated yet (no records sampled)</source>
        <translation>Byterate noch nicht geschätzt (keine Stichprobe gelesen)</translation>
    </message>
    <message>
        <location filename="../widgets/common/ColumnChooser.cpp" line="+38"/>
        <source>Right-click to choose the columns</source>
        <translation>Rechtsklick, um die Spalten auszuwählen</translation>
    </message>
    <message>
        <location filename="../widgets/shell/SamplingIntervalBox.cpp" line="+18"/>
        <source>every %1 s</source>
        <translation>alle %1 s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How often the cluster is sampled: offsets, rates and charts refresh at this pace. Applies from the next sample; the history keeps tick resolution for as many samples as fit in an hour at the interval the connection started with.</source>
        <translation>Wie oft der Cluster abgetastet wird: Offsets, Raten und Diagramme werden in diesem Takt aktualisiert. Gilt ab der nächsten Abtastung; der Verlauf behält die volle Auflösung für so viele Abtastungen, wie bei dem Intervall, mit dem die Verbindung begann, in eine Stunde passen.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/ChartToolBar.cpp" line="-3"/>
        <source>No new samples arrive</source>
        <translation>Es kommen keine neuen Messwerte an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No new samples since %1</source>
        <translation>Keine neuen Messwerte seit %1</translation>
    </message>
    <message>
        <location filename="../widgets/overview/OverviewPage.cpp" line="-59"/>
        <source>Cluster throughput: —</source>
        <translation>Durchsatz: —</translation>
    </message>
    <message>
        <location filename="../widgets/throughput/ThroughputPage.cpp" line="-17"/>
        <source>&lt;b&gt;Cluster&lt;/b&gt; —</source>
        <translation>&lt;b&gt;Cluster&lt;/b&gt; —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the table shows the last data, taken at %2</source>
        <translation>%1: Die Tabelle zeigt die letzten Daten von %2</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>&lt;i&gt;Last data, taken at %1:&lt;/i&gt; </source>
        <translation>&lt;i&gt;Letzte Daten von %1:&lt;/i&gt; </translation>
    </message>
    <message>
        <location filename="../widgets/replay/ReplayDialog.cpp" line="+34"/>
        <source>%1 (the source cluster)</source>
        <translation>%1 (der Quellcluster)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 - sandbox</source>
        <translation>%1 – Sandbox</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a range of %1</source>
        <translation>ein Bereich von %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 from topic %2 on %3</source>
        <translation>%1 aus Topic %2 auf %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Replay into a sandbox</source>
        <translation>In eine Sandbox wiedergeben</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cluster:</source>
        <translation>&amp;Cluster:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Topic:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Same partition number</source>
        <translation>Gleiche Partitionsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By key (Java client&apos;s murmur2)</source>
        <translation>Nach Schlüssel (murmur2 des Java-Clients)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round robin</source>
        <translation>Round Robin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Original timestamps</source>
        <translation>Ursprüngliche Zeitstempel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time of the replay</source>
        <translation>Zeit der Wiedergabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;provenance headers (streamscope-replay-id, streamscope-source)</source>
        <translation>&amp;Herkunfts-Header hinzufügen (streamscope-replay-id, streamscope-source)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Verify: read the target back and compare every record</source>
        <translation>&amp;Prüfen: das Ziel zurücklesen und jeden Datensatz vergleichen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>messages/s</source>
        <translation>Nachrichten/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MB/s</source>
        <translation>MB/s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;artitioning:</source>
        <translation>P&amp;artitionierung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;imestamps:</source>
        <translation>Zeit&amp;stempel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Ratenlimit:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A dry run counts the records, shows the first ones and where they would go, and writes nothing.</source>
        <translation>Ein Probelauf zählt die Datensätze, zeigt die ersten und wohin sie gingen, und schreibt nichts.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Dry run</source>
        <translation>Pro&amp;belauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Replay</source>
        <translation>&amp;Wiedergeben</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Allowed: %1</source>
        <translation>Erlaubt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Reading the source...</source>
        <translation>Quelle wird gelesen …</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Write to a read-only profile?</source>
        <translation>In ein schreibgeschütztes Profil schreiben?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The target profile &quot;%1&quot; is read-only. Replaying writes to topic %2 on that cluster. Write anyway?</source>
        <translation>Das Zielprofil „%1“ ist schreibgeschützt. Die Wiedergabe schreibt in Topic %2 auf diesem Cluster. Trotzdem schreiben?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking the target...</source>
        <translation>Ziel wird geprüft …</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+33"/>
        <source>Replay</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Create the target topic?</source>
        <translation>Ziel-Topic anlegen?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Topic %1 does not exist. Create it with %n partition(s) and the source topic&apos;s retention, cleanup and size settings?</source>
        <translation>
            <numerusform>Topic %1 existiert nicht. Mit %n Partition und den Aufbewahrungs-, Bereinigungs- und Größeneinstellungen des Quell-Topics anlegen?</numerusform>
            <numerusform>Topic %1 existiert nicht. Mit %n Partitionen und den Aufbewahrungs-, Bereinigungs- und Größeneinstellungen des Quell-Topics anlegen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Another replay is still running; wait for it or cancel it in the status bar.</source>
        <translation>Eine andere Wiedergabe läuft noch; auf sie warten oder sie in der Statusleiste abbrechen.</translation>
    </message>
    <message>
        <location filename="../widgets/replay/ReplayStatusWidget.cpp" line="-102"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report...</source>
        <translation>Bericht …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Replay to %1: preparing...</source>
        <translation>Wiedergabe nach %1: Vorbereitung …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replay to %1: verifying %2 of %3 records...</source>
        <translation>Wiedergabe nach %1: %2 von %3 Datensätzen geprüft …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ETA unknown</source>
        <translation>Restzeit unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ETA %1 s</source>
        <translation>noch %1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay to %1: %2 read, %3 committed (%4%), %5/s, %6</source>
        <translation>Wiedergabe nach %1: %2 gelesen, %3 abgeschlossen (%4 %), %5/s, %6</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (paused)</source>
        <translation>%1 (pausiert)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Replay to %1 done: %2 records%3.</source>
        <translation>Wiedergabe nach %1 fertig: %2 Datensätze%3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, verified</source>
        <translation>, geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay to %1: %2 records written, %3 mismatches.</source>
        <translation>Wiedergabe nach %1: %2 Datensätze geschrieben, %3 Abweichungen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dry run: %1 records would be replayed.</source>
        <translation>Probelauf: %1 Datensätze würden wiedergegeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replay refused: %1</source>
        <translation>Wiedergabe abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replay cancelled: %1 records committed, %2 aborted.</source>
        <translation>Wiedergabe abgebrochen: %1 Datensätze abgeschlossen, %2 verworfen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replay failed after %1 records: %2</source>
        <translation>Wiedergabe nach %1 Datensätzen fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replay report</source>
        <translation>Wiedergabebericht</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="+32"/>
        <source>Streamscope: live Kafka streams for your desktop.</source>
        <translation>Streamscope: Live-Kafka-Streams für Ihren Desktop.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to HOST:PORT.</source>
        <translation>Mit HOST:PORT verbinden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a saved profile.</source>
        <translation>Ein gespeichertes Profil öffnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>librdkafka property key=value.</source>
        <translation>librdkafka-Eigenschaft key=value.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client config file.</source>
        <translation>Client-Konfigurationsdatei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a screenshot of the window, then quit.</source>
        <translation>Einen Screenshot des Fensters speichern und dann beenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit after this many milliseconds.</source>
        <translation>Nach so vielen Millisekunden beenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print startup timings and memory, then quit.</source>
        <translation>Startzeiten und Speicherverbrauch ausgeben, dann beenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open this page: overview or throughput.</source>
        <translation>Diese Seite öffnen: overview oder throughput.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --screenshot: wait this long after the first data.</source>
        <translation>Mit --screenshot: so lange nach den ersten Daten warten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chart the N busiest topics on the Throughput page.</source>
        <translation>Die N aktivsten Topics auf der Durchsatz-Seite als Diagramm zeigen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sampling interval in milliseconds (1000-60000).</source>
        <translation>Messintervall in Millisekunden (1000-60000).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On the Throughput page, measure event-loop stalls for this many seconds (1 s sampling), print them, then quit.</source>
        <translation>Auf der Durchsatz-Seite so viele Sekunden lang Blockaden der Ereignisschleife messen (Messintervall 1 s), ausgeben und beenden.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--%1 expects a whole number from %2 to %3, got &quot;%4&quot;</source>
        <translation>--%1 erwartet eine ganze Zahl von %2 bis %3, erhalten: &quot;%4&quot;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--page expects overview or throughput, got &quot;%1&quot;</source>
        <translation>--page erwartet overview oder throughput, erhalten: &quot;%1&quot;</translation>
    </message>
</context>
</TS>
