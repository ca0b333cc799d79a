package lab.eulogin.sms.web;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/** Pebble templates under templates/ on the classpath; output is HTML-escaped by default. */
final class Templates {
    private final PebbleEngine engine;

    Templates() {
        ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
        loader.setPrefix("lab/eulogin/sms/templates");
        loader.setSuffix(".peb");
        engine = new PebbleEngine.Builder().loader(loader).strictVariables(true).build();
    }

    String render(String name, Map<String, Object> model) {
        PebbleTemplate template = engine.getTemplate(name);
        StringWriter out = new StringWriter();
        try {
            template.evaluate(out, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
