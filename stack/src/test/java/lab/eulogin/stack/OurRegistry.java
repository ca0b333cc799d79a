package lab.eulogin.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A service registry of an application team's own, as given with {@code --services}: one application. */
final class OurRegistry {
    static final String NAME = "Our application";
    static final String URL = "http://localhost:8080/our-app/";

    private OurRegistry() {
    }

    static Path writeIn(Path dir) throws IOException {
        return Files.writeString(dir.resolve("services.yaml"), """
                services:
                  - id: our-app
                    name: %s
                    urls:
                      - prefix: "%s"
                """.formatted(NAME, URL));
    }
}
