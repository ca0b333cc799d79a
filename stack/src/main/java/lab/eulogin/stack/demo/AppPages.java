package lab.eulogin.stack.demo;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

/** Renders an application's pages with what every page of it shows: its name, its colour, EU Login's address. */
final class AppPages {
    private final DemoTemplates templates;
    private final DemoApp app;
    private final String idpUrl;

    AppPages(DemoTemplates templates, DemoApp app, String idpUrl) {
        this.templates = templates;
        this.app = app;
        this.idpUrl = idpUrl;
    }

    DemoApp app() {
        return app;
    }

    String idpUrl() {
        return idpUrl;
    }

    void render(HttpServletResponse response, int status, String template, Map<String, Object> model)
            throws IOException {
        Map<String, Object> all = new HashMap<>(model);
        all.put("app", app);
        all.put("idp", idpUrl);
        response.setStatus(status);
        response.setContentType("text/html; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(templates.render(template, all));
    }
}
