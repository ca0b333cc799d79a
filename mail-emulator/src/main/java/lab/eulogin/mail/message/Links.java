package lab.eulogin.mail.message;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the http(s) links a person would click: URLs in the text and hrefs in the HTML. */
public final class Links {
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'`{}|\\\\^\\[\\]]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern HREF = Pattern.compile("\\bhref\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))",
            Pattern.CASE_INSENSITIVE);
    /** Punctuation that ends a sentence rather than a URL ("see https://x.eu/a."). */
    private static final String TRAILING = ".,;:!?)";

    private Links() {
    }

    /** Every link, text first then HTML, de-duplicated, in order of appearance. */
    public static List<String> in(String text, String html) {
        Set<String> links = new LinkedHashSet<>();
        if (text != null) {
            for (Segment segment : segments(text)) {
                if (segment.link()) {
                    links.add(segment.text());
                }
            }
        }
        if (html != null) {
            Matcher href = HREF.matcher(html);
            while (href.find()) {
                String value = decodeEntities(firstNonNull(href.group(1), href.group(2), href.group(3)).trim());
                if (value.regionMatches(true, 0, "http://", 0, 7) || value.regionMatches(true, 0, "https://", 0, 8)) {
                    links.add(value);
                }
            }
        }
        return List.copyOf(links);
    }

    /** Cuts text into plain runs and URLs, so a page can make each URL a link and escape the rest. */
    public static List<Segment> segments(String text) {
        List<Segment> segments = new ArrayList<>();
        Matcher url = URL.matcher(text);
        int at = 0;
        while (url.find()) {
            int end = url.end();
            while (end > url.start() && TRAILING.indexOf(text.charAt(end - 1)) >= 0
                    && !(text.charAt(end - 1) == ')' && opensParenthesis(text, url.start(), end - 1))) {
                end--;
            }
            if (url.start() > at) {
                segments.add(new Segment(text.substring(at, url.start()), false));
            }
            segments.add(new Segment(text.substring(url.start(), end), true));
            at = end;
        }
        if (at < text.length()) {
            segments.add(new Segment(text.substring(at), false));
        }
        return segments;
    }

    /** A run of text; {@code link} when it is a URL. */
    public record Segment(String text, boolean link) {
    }

    private static boolean opensParenthesis(String text, int from, int to) {
        return text.substring(from, to).indexOf('(') >= 0;
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return "";
    }

    private static String decodeEntities(String value) {
        return value.replace("&amp;", "&").replace("&#38;", "&").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&lt;", "<").replace("&gt;", ">");
    }
}
