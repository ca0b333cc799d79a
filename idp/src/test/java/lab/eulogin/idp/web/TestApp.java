package lab.eulogin.idp.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import lab.eulogin.idp.devices.DeviceCrypto;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phone's side of the app protocol, for the IdP's own tests (which must not depend on the lab's
 * app emulator): reads QR codes from a page's PNG, makes its key pair, enrols, answers requests.
 */
final class TestApp {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern IMG = Pattern.compile("id=\"%s\" src=\"data:image/png;base64,([^\"]+)\"");

    private final HttpClient http = HttpClient.newHttpClient();
    private final KeyPair keys;
    private String server;
    private byte[] salt;
    private int iterations;
    String deviceId;
    byte[] otpSecret;
    String pushToken = "push-" + DeviceCrypto.randomToken(8);
    /** The last answer sent, to try it again. */
    Map<String, String> lastAnswer;

    TestApp() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of the QR code in the page's {@code <img id=...>}, read from its PNG as a camera would. */
    static String scan(String html, String imageId) {
        Matcher img = Pattern.compile(String.format(IMG.pattern(), imageId)).matcher(html);
        if (!img.find()) {
            throw new AssertionError("No QR image #" + imageId + " on the page");
        }
        return scan(Base64.getDecoder().decode(img.group(1)));
    }

    /** The text of the QR code in a PNG picture, read as a camera would. */
    static String scan(byte[] png) {
        try {
            var image = ImageIO.read(new ByteArrayInputStream(png));
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
            // The page's image is a clean one: read it as such (the general finder misses about one in a hundred).
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, true)).getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReaderException e) {
            throw new AssertionError("The QR image does not decode", e);
        }
    }

    static Map<String, String> query(String uri) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : uri.substring(uri.indexOf('?') + 1).split("&")) {
            String[] kv = pair.split("=", 2);
            fields.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return fields;
    }

    String publicKey() {
        return DeviceCrypto.encode(keys.getPublic().getEncoded());
    }

    /** "Initialise", scan, PIN, "Authenticate". */
    HttpResponse<String> enrol(String qrText, String pin) {
        String code = scanned(qrText);
        String proof = DeviceCrypto.pinProof(DeviceCrypto.pinKey(pin, salt, iterations), code);
        Map<String, String> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("publicKey", publicKey());
        body.put("pushToken", pushToken);
        body.put("pinProof", proof);
        body.put("signature", sign(DeviceCrypto.enrolmentMessage(code, publicKey(), proof, pushToken)));
        HttpResponse<String> response = post("/cas/api/mobile/enrol", body);
        if (response.statusCode() == 201) {
            JsonNode enrolled = json(response);
            deviceId = enrolled.get("deviceId").asText();
            otpSecret = DeviceCrypto.decode(enrolled.get("otpSecret").asText());
        }
        return response;
    }

    /** Takes in the server, salt and cost of an enrolment QR code; returns its single-use code. */
    String scanned(String qrText) {
        Map<String, String> qr = query(qrText);
        server = qr.get("server");
        salt = DeviceCrypto.decode(qr.get("salt"));
        iterations = Integer.parseInt(qr.get("iterations"));
        return qr.get("code");
    }

    /** Reads the request and answers it with this PIN. */
    HttpResponse<String> approve(String requestId, String pin) {
        return answer(requestId, "approve", pin);
    }

    HttpResponse<String> answer(String requestId, String decision, String pin) {
        HttpResponse<String> details = get("/cas/api/mobile/requests/" + requestId);
        if (details.statusCode() != 200) {
            return details;
        }
        String nonce = json(details).get("nonce").asText();
        String proof = "approve".equals(decision) ? DeviceCrypto.pinProof(pinKey(pin), nonce) : "";
        Map<String, String> body = new LinkedHashMap<>();
        body.put("deviceId", deviceId);
        body.put("decision", decision);
        body.put("pinProof", proof);
        body.put("userVerification", "pin");
        body.put("signature", sign(DeviceCrypto.answerMessage(requestId, nonce, deviceId, decision, proof)));
        lastAnswer = body;
        return post("/cas/api/mobile/requests/" + requestId, body);
    }

    String oneTimeCode(String qrText, String pin) {
        return DeviceCrypto.oneTimeCode(otpSecret, query(qrText).get("challenge"), pinKey(pin));
    }

    byte[] pinKey(String pin) {
        return DeviceCrypto.pinKey(pin, salt, iterations);
    }

    String sign(String message) {
        try {
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(keys.getPrivate());
            signer.update(message.getBytes(StandardCharsets.UTF_8));
            return DeviceCrypto.encode(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> post(String path, Map<String, String> body) {
        try {
            return send(HttpRequest.newBuilder(URI.create(server + path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(server + path)).GET().build());
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
