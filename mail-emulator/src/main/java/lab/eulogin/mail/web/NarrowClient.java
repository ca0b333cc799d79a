package lab.eulogin.mail.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps text as a narrow mail program does: at 76 columns, breaking words too long for a line
 * (a long link among them) across lines. Linked afterwards, only the link's first line is a link:
 * what a person sees when a mail program splits an initialisation link (FAQ ACC-11).
 */
public final class NarrowClient {
    public static final int COLUMNS = 76;

    private NarrowClient() {
    }

    public static String wrap(String text, int columns) {
        List<String> lines = new ArrayList<>();
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            wrapLine(line, columns, lines);
        }
        return String.join("\n", lines);
    }

    private static void wrapLine(String line, int columns, List<String> lines) {
        StringBuilder current = new StringBuilder();
        for (String word : line.split(" ", -1)) {
            if (current.length() > 0 && current.length() + 1 + word.length() > columns) {
                lines.add(current.toString());
                current.setLength(0);
            } else if (current.length() > 0) {
                current.append(' ');
            }
            String rest = word;
            while (current.length() + rest.length() > columns) {
                int room = columns - current.length();
                lines.add(current + rest.substring(0, room));
                current.setLength(0);
                rest = rest.substring(room);
            }
            current.append(rest);
        }
        lines.add(current.toString());
    }
}
