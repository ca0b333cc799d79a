package lab.eulogin.stack.demo;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;

/** The demo pages' Pebble templates (HTML escaped), under this module's own package folder. */
final class DemoTemplates {
    private final PebbleEngine engine;

    DemoTemplates() {
        ClasspathLoader loader = new ClasspathLoader();
        loader.setPrefix("lab/eulogin/stack/demo");
        loader.setSuffix(".peb");
        this.engine = new PebbleEngine.Builder().loader(loader).strictVariables(false).build();
    }

    String render(String template, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        try {
            engine.getTemplate(template).evaluate(out, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
