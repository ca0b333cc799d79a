package lab.eulogin.sms.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import lab.eulogin.sms.SmsEmulator;
import lab.eulogin.sms.SmsEmulatorConfig;

/**
 * Measures the gateway (not part of the test suite; see README for the command): throughput of
 * the Twilio-style endpoint over HTTP with a few concurrent senders, latency from a send until
 * the inbox API returns the message, and memory after 100,000 messages.
 */
public final class GatewayBenchmark {
    private static final int MESSAGES = 100_000;
    private static final int SENDERS = 4;
    private static final int PHONES = 1_000;
    private static final int WARM_UP = 5_000;
    private static final int LATENCY_SAMPLES = 2_000;
    private static final String ACCOUNT = "AC00000000000000000000000000000b00";
    private static final String AUTH = "Basic " + Base64.getEncoder()
            .encodeToString((ACCOUNT + ":token").getBytes(StandardCharsets.UTF_8));

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** Sends that failed at the connection level and were sent again (reported, so none hide). */
    private final AtomicInteger retries = new AtomicInteger();
    private final String baseUrl;

    private GatewayBenchmark(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public static void main(String[] args) throws Exception {
        // BENCHMARK_DATA=DIR: keep everything in a journal in that folder, as the lab does with its data folder.
        String data = System.getenv("BENCHMARK_DATA");
        SmsEmulatorConfig config = data == null ? SmsEmulatorConfig.anyFreePort()
                : SmsEmulatorConfig.anyFreePort().withDataFolder(Path.of(data));
        System.out.println(data == null ? "In memory" : "Journal in " + data);
        long starting = System.nanoTime();
        try (SmsEmulator emulator = SmsEmulator.start(config, Clock.systemUTC())) {
            System.out.printf("Startup: %d ms%n", (System.nanoTime() - starting) / 1_000_000);
            GatewayBenchmark benchmark = new GatewayBenchmark(emulator.baseUrl());
            benchmark.sendConcurrently(WARM_UP);

            long started = System.nanoTime();
            benchmark.sendConcurrently(MESSAGES);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("Throughput: %,d messages in %.1f s with %d senders: %,.0f messages/s (%d sends retried)%n",
                    MESSAGES, seconds, SENDERS, MESSAGES / seconds, benchmark.retries.get());

            List<Long> latencies = benchmark.sendToInboxLatencies();
            System.out.printf("Send to inbox API returning it (%,d samples): p50 %.2f ms, p95 %.2f ms%n",
                    latencies.size(), percentile(latencies, 50) / 1e6, percentile(latencies, 95) / 1e6);

            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            Runtime runtime = Runtime.getRuntime();
            long heapUsed = runtime.totalMemory() - runtime.freeMemory();
            System.out.printf("After %,d messages: heap used %.1f MB (max heap %.0f MB), resident set %s%n",
                    MESSAGES + WARM_UP + LATENCY_SAMPLES, heapUsed / 1e6, runtime.maxMemory() / 1e6, residentSet());
            System.out.println("JVM: " + ManagementFactory.getRuntimeMXBean().getInputArguments());
        }
    }

    private void sendConcurrently(int count) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        AtomicInteger next = new AtomicInteger();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int s = 0; s < SENDERS; s++) {
                running.add(senders.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        sendRetryingOnce(phone(i), "Your EU Login challenge: A1B-2C3-D4E (" + i + ")");
                    }
                    return null;
                }));
            }
            for (Future<?> sender : running) {
                sender.get();
            }
        } finally {
            senders.shutdown();
        }
    }

    /** Send, then ask the inbox for the next message after the last one seen: the time until it answers. */
    private List<Long> sendToInboxLatencies() throws Exception {
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < LATENCY_SAMPLES; i++) {
            String number = "+3249" + String.format("%07d", i);
            long started = System.nanoTime();
            send(number, "latency " + i);
            HttpResponse<String> next = http.send(HttpRequest.newBuilder(
                            URI.create(baseUrl + "/api/phones/" + encode(number) + "/messages/next?after=0&timeout=PT5S"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            latencies.add(System.nanoTime() - started);
            if (next.statusCode() != 200) {
                throw new IllegalStateException("Message did not arrive: " + next.body());
            }
        }
        return latencies;
    }

    /**
     * Under heavy CPU load the JDK's HTTP/1.1 client now and then reuses a pooled connection as it
     * is being recycled ("header parser received no bytes"); such a send is counted and sent again.
     */
    private void sendRetryingOnce(String to, String body) throws IOException, InterruptedException {
        try {
            send(to, body);
        } catch (IOException e) {
            retries.incrementAndGet();
            send(to, body);
        }
    }

    private void send(String to, String body) throws IOException, InterruptedException {
        String form = "To=" + encode(to) + "&From=EULogin&Body=" + encode(body);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(baseUrl + "/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json"))
                .header("Authorization", AUTH)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("Send failed: " + response.body());
        }
    }

    private static String phone(int i) {
        return "+3247" + String.format("%07d", i % PHONES);
    }

    private static double percentile(List<Long> values, int percent) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private static String residentSet() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .map(line -> line.substring(6).strip())
                .findFirst().orElse("unknown");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
