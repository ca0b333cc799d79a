package org.example.oidcapp;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;

/** The application's three pages, Pebble templates (which escape HTML) beside this class. */
final class Pages {
    private final PebbleEngine engine;

    Pages() {
        ClasspathLoader loader = new ClasspathLoader();
        loader.setPrefix("org/example/oidcapp");
        loader.setSuffix(".peb");
        this.engine = new PebbleEngine.Builder().loader(loader).build();
    }

    String home() {
        return render("home", Map.of("areas", List.of(Area.PORTAL, Area.PAYMENTS)));
    }

    String signedIn(Area area, SignIn signIn) {
        return render("signed-in", Map.of("area", area, "level", signIn.level(), "claims", signIn.claims()));
    }

    /** @param area the area the sign-in was for; null when the answer belongs to none */
    String refused(Area area, String reason) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", area == null ? "Grants" : area.title());
        model.put("reason", reason);
        return render("refused", model);
    }

    private String render(String template, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        try {
            engine.getTemplate(template).evaluate(out, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
