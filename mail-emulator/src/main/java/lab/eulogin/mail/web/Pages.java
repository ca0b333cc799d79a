package lab.eulogin.mail.web;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** Renders the Pebble templates in /templates (HTML-escaped by default), one per page. */
public final class Pages {
    private final PebbleEngine engine;

    public Pages() {
        ClasspathLoader loader = new ClasspathLoader(Pages.class.getClassLoader());
        loader.setPrefix("lab/eulogin/mail/templates");
        loader.setSuffix(".peb");
        engine = new PebbleEngine.Builder().loader(loader).build();
    }

    public void render(HttpServerExchange exchange, int status, String template, Map<String, Object> model) {
        Map<String, Object> context = new HashMap<>(model);
        context.put("csrf", Csrf.token(exchange));
        StringWriter html = new StringWriter();
        try {
            engine.getTemplate(template).evaluate(html, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/html; charset=utf-8");
        exchange.getResponseSender().send(html.toString());
    }

    public void render(HttpServerExchange exchange, String template, Map<String, Object> model) {
        render(exchange, 200, template, model);
    }

    public void error(HttpServerExchange exchange, int status, String message) {
        render(exchange, status, "error", Map.of("status", status, "message", message));
    }
}
