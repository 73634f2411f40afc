// Warm-JVM measurements of Kafka's own offset reading, for streamscope's throughput bench.
// Run from the broker's jars:  java -cp "LIBS/*" bench/GetOffsetsWarm.java BOOTSTRAP REGEX REPS
//
//  tool  = GetOffsetShell itself (its mainNoExit, called repeatedly in one JVM so class loading
//          and JIT are paid once); like the command line it creates an Admin client per call and
//          reads the latest offsets of the topics matching REGEX.
//  admin = Java's best case for a polling tick: one long-lived Admin client; each rep lists and
//          describes the topics (metadata), then reads latest and earliest offsets, which is what
//          one streamscope tick does.
// Output lines: "<mode> <rep> <milliseconds> <sum of latest offsets> <partitions>".
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;

public class GetOffsetsWarm {
    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        String regex = args[1];
        int reps = Integer.parseInt(args[2]);
        PrintStream out = System.out;

        Method shell = Class.forName("org.apache.kafka.tools.GetOffsetShell")
                .getDeclaredMethod("mainNoExit", String[].class);
        shell.setAccessible(true);
        String[] toolArgs = {"--bootstrap-server", bootstrap, "--topic-partitions", regex,
                             "--time", "-1"};
        for (int i = 0; i < reps; i++) {
            ByteArrayOutputStream captured = new ByteArrayOutputStream(1 << 20);
            System.setOut(new PrintStream(captured, false, StandardCharsets.UTF_8));
            long t0 = System.nanoTime();
            int rc = (Integer) shell.invoke(null, (Object) toolArgs);
            long t1 = System.nanoTime();
            System.out.flush();
            System.setOut(out);
            if (rc != 0) {
                System.err.println("GetOffsetShell failed with " + rc);
                System.exit(1);
            }
            long sum = 0;
            int lines = 0;
            for (String line : captured.toString(StandardCharsets.UTF_8).split("\n")) {
                int colon = line.lastIndexOf(':');
                if (colon < 0)
                    continue;
                sum += Long.parseLong(line.substring(colon + 1).trim());
                lines++;
            }
            out.printf("tool %d %.3f %d %d%n", i, (t1 - t0) / 1e6, sum, lines);
        }

        Properties props = new Properties();
        props.put("bootstrap.servers", bootstrap);
        Pattern pattern = Pattern.compile(regex);
        try (Admin admin = Admin.create(props)) {
            for (int i = 0; i < reps; i++) {
                long t0 = System.nanoTime();
                Set<String> names = admin.listTopics().names().get().stream()
                        .filter(n -> pattern.matcher(n).matches()).collect(Collectors.toSet());
                Map<String, TopicDescription> topics =
                        admin.describeTopics(names).allTopicNames().get();
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
                for (TopicDescription d : topics.values()) {
                    for (TopicPartitionInfo p : d.partitions()) {
                        TopicPartition tp = new TopicPartition(d.name(), p.partition());
                        latest.put(tp, OffsetSpec.latest());
                        earliest.put(tp, OffsetSpec.earliest());
                    }
                }
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
                        admin.listOffsets(latest).all().get();
                admin.listOffsets(earliest).all().get();
                long t1 = System.nanoTime();
                long sum = ends.values().stream().mapToLong(r -> r.offset()).sum();
                out.printf("admin %d %.3f %d %d%n", i, (t1 - t0) / 1e6, sum, ends.size());
            }
        }
    }
}
