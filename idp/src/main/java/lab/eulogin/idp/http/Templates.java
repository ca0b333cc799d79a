package lab.eulogin.idp.http;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/** One Pebble template per page; Pebble escapes every value unless told otherwise. */
public final class Templates {
    private final PebbleEngine engine;

    public Templates() {
        ClasspathLoader loader = new ClasspathLoader();
        loader.setPrefix("lab/eulogin/idp/templates");
        loader.setSuffix(".peb");
        this.engine = new PebbleEngine.Builder()
                .loader(loader)
                .extension(new Messages())
                .extension(new TimeFormat())
                .strictVariables(false)
                .build();
    }

    public String render(String template, Map<String, Object> model, Locale locale) {
        StringWriter out = new StringWriter();
        try {
            engine.getTemplate(template).evaluate(out, model, locale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
