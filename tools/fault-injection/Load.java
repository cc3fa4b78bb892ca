import java.io.*;
import java.net.URI;
import java.net.http.*;
import java.nio.file.*;
import java.time.*;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.*;

/**
 * Bounded intake load for the fault-injection suite (JDK only: `java Load.java key=value ...`).
 *   urls=http://127.0.0.1:8081,http://127.0.0.1:8082   round-robin over the nodes
 *   rate=20 seconds=20 (or count=N)                      requests per second, for how long (or how many)
 *   out=FILE                                             one CSV line per request: seq,startMs,status,ms,case,contentType
 *   key=K                                                the same Idempotency-Key on every request
 *   daysAgo=35                                           receivedAt that many days in the past (timers due at once)
 *   right=ACCESS                                         the right asked for (PORTABILITY: no manual searches first)
 * Every request has a 10 s timeout: a hang shows as status 0 with ms >= 10000 ("TIMEOUT").
 */
public class Load {
    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>();
        for (String arg : args) { int i = arg.indexOf('='); a.put(arg.substring(0, i), arg.substring(i + 1)); }
        // user:password of a desk user filing the load (FI_STAFF); without it the requests are anonymous.
        String staffCredentials = System.getenv("FI_STAFF");
        final String staff = staffCredentials == null || staffCredentials.isBlank() ? null
                : Base64.getEncoder().encodeToString(staffCredentials.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String[] urls = a.getOrDefault("urls", "http://127.0.0.1:8081").split(",");
        double rate = Double.parseDouble(a.getOrDefault("rate", "20"));
        int total = a.containsKey("count") ? Integer.parseInt(a.get("count"))
                : (int) Math.round(rate * Double.parseDouble(a.getOrDefault("seconds", "20")));
        String key = a.get("key");
        String daysAgo = a.get("daysAgo");
        String right = a.getOrDefault("right", "ACCESS");
        Path out = Path.of(a.getOrDefault("out", "load.csv"));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                .version(HttpClient.Version.HTTP_1_1).executor(Executors.newFixedThreadPool(8)).build();
        ExecutorService pool = Executors.newFixedThreadPool(Integer.parseInt(a.getOrDefault("threads", "32")));
        String[] lines = new String[total];
        Pattern caseNumber = Pattern.compile("\"caseNumber\"\\s*:\\s*\"([^\"]+)\"");
        long start = System.currentTimeMillis();
        long intervalNanos = (long) (1_000_000_000L / rate);
        long t0 = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            long due = t0 + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
            // With an Idempotency-Key every request is a retry of the first: the very same body.
            final int seq = key != null ? 0 : i;
            final int slot = i;
            futures.add(pool.submit(() -> {
                String received = daysAgo == null ? "" : ",\"receivedAt\":\""
                        + OffsetDateTime.now(ZoneOffset.UTC).minusDays(Long.parseLong(daysAgo)).withNano(0) + "\"";
                String body = "{\"channel\":\"EMAIL\",\"rights\":[\"" + right + "\"],\"language\":\"en\","
                        + "\"requester\":{\"name\":\"Load Tester " + letters(seq) + "\",\"email\":\"fault.injection@example.org\"},"
                        + "\"message\":\"fault-injection request " + seq + "\"" + received + "}";
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(urls[slot % urls.length] + "/api/requests"))
                        .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body));
                if (key != null) request.header("Idempotency-Key", key);
                if (staff != null) request.header("Authorization", "Basic " + staff);
                long s = System.currentTimeMillis();
                int status = 0; String cn = ""; String ct = "";
                try {
                    HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                    status = response.statusCode();
                    ct = response.headers().firstValue("Content-Type").orElse("");
                    Matcher m = caseNumber.matcher(response.body());
                    if (m.find()) cn = m.group(1);
                } catch (HttpTimeoutException e) {
                    ct = "TIMEOUT";
                } catch (Exception e) {
                    ct = "ERROR:" + e.getClass().getSimpleName();
                }
                long ms = System.currentTimeMillis() - s;
                lines[slot] = slot + "," + (s - start) + "," + status + "," + ms + "," + cn + "," + ct;
            }));
        }
        for (Future<?> f : futures) f.get();
        pool.shutdown();
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
            for (String l : lines) w.println(l);
        }
        Map<String, int[]> byStatus = new TreeMap<>();
        for (String l : lines) {
            String[] f = l.split(",", -1);
            String k = f[2].equals("0") ? "0(" + f[5] + ")" : f[2] + (f[5].isEmpty() ? "" : " " + f[5].split(";")[0]);
            int[] c = byStatus.computeIfAbsent(k, x -> new int[2]);
            c[0]++; c[1] = Math.max(c[1], Integer.parseInt(f[3]));
        }
        StringBuilder summary = new StringBuilder("load: sent " + total + " in "
                + (System.currentTimeMillis() - start) / 1000 + " s;");
        byStatus.forEach((k, c) -> summary.append(" [").append(k).append("] ").append(c[0]).append(" (max ").append(c[1]).append(" ms)"));
        System.out.println(summary);
        System.exit(0);
    }

    /** A requester's name is a name (the intake refuses digits): the sequence number spelled in letters, a, b, … ba. */
    static String letters(int seq) {
        StringBuilder word = new StringBuilder();
        int n = seq;
        do {
            word.insert(0, (char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
