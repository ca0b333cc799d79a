package lab.eulogin.sms.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The IdP's side of the app protocol, small, for the emulator's own tests (which must not depend on
 * the IdP module): draws QR codes, checks enrolments and answers, and pushes through the emulator's
 * push service as the IdP does.
 */
final class FakeIdp implements AutoCloseable {
    static final int ITERATIONS = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] SALT = "sixteen byte slt".getBytes(StandardCharsets.US_ASCII);

    /** What the IdP knows of an enrolled device. */
    record Device(String deviceId, PublicKey key, String pushToken, byte[] otpSecret) {
    }

    /** An answer the IdP accepted or refused, as it saw it. */
    record Answer(String requestId, String decision, String userVerification, String outcome) {
    }

    private final HttpServer server;
    private final String pin;
    private final Map<String, Boolean> codes = new ConcurrentHashMap<>();
    private final Map<String, Device> devices = new ConcurrentHashMap<>();
    private final Map<String, String[]> requests = new ConcurrentHashMap<>();
    final List<Answer> answers = new CopyOnWriteArrayList<>();
    final List<String> unlinked = new CopyOnWriteArrayList<>();
    private final AtomicInteger next = new AtomicInteger();

    FakeIdp(String pin) {
        this.pin = pin;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/cas/api/mobile/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The PNG the "Add a mobile device" page shows. */
    byte[] enrolmentQr() {
        String code = "code" + next.incrementAndGet();
        codes.put(code, true);
        return png("eulogin:enrol?server=" + URLEncoder.encode(url(), StandardCharsets.UTF_8) + "&code=" + code
                + "&salt=" + AppCrypto.encode(SALT) + "&iterations=" + ITERATIONS);
    }

    Device device(String deviceId) {
        return devices.get(deviceId);
    }

    /** Starts a request for the device and pushes it through the push service; returns the request id. */
    String push(String pushUrl, String deviceId) throws Exception {
        String requestId = "req" + next.incrementAndGet();
        requests.put(requestId, new String[] {deviceId, "nonce-" + requestId});
        String body = JSON.writeValueAsString(Map.of("message", Map.of("token", devices.get(deviceId).pushToken(),
                "data", Map.of("type", "approval", "requestId", requestId, "deviceId", deviceId))));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pushUrl))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The push service answered " + response.statusCode() + response.body());
        }
        return requestId;
    }

    byte[] pinKey(String typed) {
        return AppCrypto.pinKey(typed, SALT, ITERATIONS);
    }

    static byte[] png(String text) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 300, 300), "PNG", out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        JsonNode body = "POST".equals(exchange.getRequestMethod()) ? JSON.readTree(exchange.getRequestBody()) : null;
        try {
            if (path.equals("/cas/api/mobile/enrol")) {
                enrol(exchange, body);
            } else if (path.startsWith("/cas/api/mobile/requests/")) {
                String requestId = path.substring("/cas/api/mobile/requests/".length());
                String[] request = requests.get(requestId);
                if (request == null) {
                    send(exchange, 404, Map.of("error", "no-pending-request"));
                } else if (body == null) {
                    send(exchange, 200, Map.of("requestId", requestId, "nonce", request[1], "deviceId", request[0]));
                } else {
                    answer(exchange, requestId, request, body);
                }
            } else if (path.endsWith("/unlink")) {
                unlinked.add(path.split("/")[5]);
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            } else {
                send(exchange, 404, Map.of("error", "unknown"));
            }
        } catch (Exception e) {
            send(exchange, 500, Map.of("error", e.toString()));
        }
    }

    private void enrol(HttpExchange exchange, JsonNode body) throws Exception {
        String code = body.get("code").asText();
        if (codes.remove(code) == null) {
            send(exchange, 410, Map.of("error", "unknown-code"));
            return;
        }
        PublicKey key = KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(
                AppCrypto.decode(body.get("publicKey").asText())));
        String message = String.join("|", "eulogin-enrol", code, body.get("publicKey").asText(),
                body.get("pinProof").asText(), body.get("pushToken").asText());
        if (!verify(key, message, body.get("signature").asText())) {
            send(exchange, 400, Map.of("error", "bad-signature"));
            return;
        }
        if (!AppCrypto.pinProof(pinKey(pin), code).equals(body.get("pinProof").asText())) {
            codes.put(code, true);
            send(exchange, 403, Map.of("error", "wrong-pin", "message", "Wrong PIN", "triesLeft", 2));
            return;
        }
        String deviceId = "dev" + next.incrementAndGet();
        byte[] otpSecret = ("otp-secret-of-" + deviceId).getBytes(StandardCharsets.US_ASCII);
        devices.put(deviceId, new Device(deviceId, key, body.get("pushToken").asText(), otpSecret));
        send(exchange, 201, Map.of("deviceId", deviceId, "otpSecret", AppCrypto.encode(otpSecret),
                "account", "user@example.eu"));
    }

    private void answer(HttpExchange exchange, String requestId, String[] request, JsonNode body) throws Exception {
        Device device = devices.get(request[0]);
        String decision = body.get("decision").asText();
        String proof = body.get("pinProof").asText();
        String message = String.join("|", "eulogin-answer", requestId, request[1], device.deviceId(), decision, proof);
        String verification = body.get("userVerification").asText();
        if (!verify(device.key(), message, body.get("signature").asText())) {
            answers.add(new Answer(requestId, decision, verification, "bad-signature"));
            send(exchange, 400, Map.of("error", "bad-signature"));
        } else if ("approve".equals(decision) && !AppCrypto.pinProof(pinKey(pin), request[1]).equals(proof)) {
            answers.add(new Answer(requestId, decision, verification, "wrong-pin"));
            send(exchange, 403, Map.of("error", "wrong-pin", "message", "Wrong PIN code", "triesLeft", 4));
        } else {
            requests.remove(requestId);
            answers.add(new Answer(requestId, decision, verification, "accepted"));
            send(exchange, 200, Map.of("status", "approve".equals(decision) ? "APPROVED" : "REFUSED"));
        }
    }

    private static boolean verify(PublicKey key, String message, String signature) throws Exception {
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(key);
        verifier.update(message.getBytes(StandardCharsets.UTF_8));
        return verifier.verify(AppCrypto.decode(signature));
    }

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
