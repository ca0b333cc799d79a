package lab.eulogin.sms.web;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import lab.eulogin.sms.http.Answers;
import lab.eulogin.sms.http.Exchange;
import lab.eulogin.sms.http.HttpProblem;

/** The page's style sheet and script, read once from assets/ on the classpath. */
final class Assets {
    private final Map<String, byte[]> files = Map.of(
            "phones.css", read("phones.css"),
            "phones.js", read("phones.js"));

    ResponseDefinition serve(Exchange exchange) {
        String name = exchange.pathParam(0);
        byte[] content = files.get(name);
        if (content == null) {
            throw HttpProblem.notFound("No such asset: " + name);
        }
        String type = name.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
        return Answers.asset(type, content);
    }

    private static byte[] read(String name) {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream("lab/eulogin/sms/assets/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing asset " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
