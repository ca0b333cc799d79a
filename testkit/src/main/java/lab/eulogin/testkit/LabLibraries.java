package lab.eulogin.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;

/**
 * The libraries the lab is built with ({@code lab-libraries.txt}, written by the build with Maven's
 * dependency list), against those on the class path. The extension starts the lab in the test's
 * JVM, on the application's test class path, where Maven may have chosen another version of a
 * library the application also uses; when the lab then fails to link, this names them.
 */
final class LabLibraries {
    static final String LIST = "lab-libraries.txt";

    /** A library as the build listed it. */
    private record Library(String group, String artifact, String version) {
    }

    private LabLibraries() {
    }

    /**
     * Each library of the lab whose version on the class path differs from the lab's, as
     * {@code group:artifact 2.16.1 (the lab's: 2.23.0)}; libraries without Maven's
     * {@code pom.properties} in their jar are not told.
     */
    static List<String> otherVersions(ClassLoader loader) {
        List<String> differing = new ArrayList<>();
        for (Library library : built(loader)) {
            String found = otherVersionOnClassPath(loader, library);
            if (found != null) {
                differing.add(library.group() + ":" + library.artifact() + " " + found
                        + " (the lab's: " + library.version() + ")");
            }
        }
        return differing;
    }

    /** What a test is told when the lab's classes did not link with those on its class path. */
    static String advice(ClassLoader loader) {
        List<String> differing = otherVersions(loader);
        String libraries = differing.isEmpty() ? ""
                : " Libraries with other versions there than the lab's: " + String.join(", ", differing) + ".";
        return " The lab runs on your tests' class path, and a library it uses has another version there"
                + " (Maven picks the one nearest to your project)." + libraries
                + " Give the lab's versions in your pom's dependencyManagement (for Jackson, import"
                + " com.fasterxml.jackson:jackson-bom), or run the lab as a container (EuLoginLabContainer).";
    }

    /** Each library in the list the build wrote. */
    private static List<Library> built(ClassLoader loader) {
        List<Library> libraries = new ArrayList<>();
        try (InputStream in = loader.getResourceAsStream("lab/eulogin/testkit/" + LIST)) {
            if (in == null) {
                return libraries;
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                // "   com.fasterxml.jackson.core:jackson-databind:jar:2.23.0 -- module ..."
                String[] parts = line.trim().split("\\s+")[0].split(":");
                if (parts.length >= 4) {
                    libraries.add(new Library(parts[0], parts[1], parts[parts.length - 1]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return libraries;
    }

    /**
     * The version of the library on the class path, or null when it is not there or is there with
     * the lab's version. A shaded jar may carry another copy's pom.properties, so all are read.
     */
    private static String otherVersionOnClassPath(ClassLoader loader, Library library) {
        String other = null;
        try {
            Enumeration<URL> poms = loader.getResources(
                    "META-INF/maven/" + library.group() + "/" + library.artifact() + "/pom.properties");
            while (poms.hasMoreElements()) {
                Properties properties = new Properties();
                try (InputStream in = poms.nextElement().openStream()) {
                    properties.load(in);
                }
                String version = properties.getProperty("version");
                if (library.version().equals(version)) {
                    return null;
                }
                other = other == null ? version : other;
            }
        } catch (IOException e) {
            return null;
        }
        return other;
    }
}
