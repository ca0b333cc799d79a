package lab.eulogin.idp.web;

import com.sun.net.httpserver.HttpServer;
import lab.eulogin.idp.phones.DeliveryReceipts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * A stand-in Twilio for the IdP's own tests, which must not depend on the lab's SMS emulator:
 * it records each message and can be told to fail.
 */
final class TwilioCatcher implements AutoCloseable {
    /** @param statusCallback where the sender asked for delivery receipts, or null */
    record Sms(String to, String from, String body, String statusCallback) {
    }

    private final HttpServer server;
    private final List<Sms> received = new CopyOnWriteArrayList<>();
    private volatile int status = 201;

    TwilioCatcher() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/2010-04-01/", exchange -> {
            Map<String, String> form = new LinkedHashMap<>();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            for (String pair : body.split("&")) {
                String[] kv = pair.split("=", 2);
                form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
            if (status / 100 == 2) {
                received.add(new Sms(form.get("To"), form.get("From"), form.get("Body"), form.get("StatusCallback")));
            }
            byte[] answer = ("{\"sid\": \"SM" + String.format("%032d", received.size()) + "\", \"status\": \"queued\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void failWith(int status) {
        this.status = status;
    }

    List<Sms> received() {
        return received;
    }

    /**
     * What Twilio does once the last SMS reached a state: posts a receipt to the address the sender
     * gave, signed with the account's auth token.
     *
     * @param signatureToken the token to sign with: the lab's, or another to forge one
     * @return the sender's answer's status code
     */
    int sendReceipt(String status, String signatureToken) {
        Sms last = received.get(received.size() - 1);
        Map<String, String> fields = new TreeMap<>(Map.of("MessageSid", "SM" + String.format("%032d", received.size()),
                "MessageStatus", status, "To", last.to(), "AccountSid", "AC00000000000000000000000000000000"));
        String signature = new DeliveryReceipts(signatureToken, id -> last.statusCallback()).sign(last.statusCallback(), fields);
        String form = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(last.statusCallback()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-Twilio-Signature", signature)
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The nine-character code of the last SMS to a number. */
    String lastCodeTo(String number) {
        for (int i = received.size() - 1; i >= 0; i--) {
            Sms sms = received.get(i);
            if (sms.to().equals(number)) {
                return sms.body().replaceAll(".*?([A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3}).*", "$1");
            }
        }
        throw new AssertionError("No SMS to " + number + " among " + received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
