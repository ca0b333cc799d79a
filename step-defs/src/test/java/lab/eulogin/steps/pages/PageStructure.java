package lab.eulogin.steps.pages;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a person using a screen reader or the keyboard alone needs of every page, checked in each
 * page's source as the browser had it: the page's language and heading, a label on every field, a
 * name on every button and link, a text for every picture, and no tab order of its own. The
 * scenarios go through nearly every page of the lab, so each one is checked on the way.
 */
public final class PageStructure {
    private static final String FIELDS =
            "input:not([type=hidden],[type=submit],[type=button],[type=image],[type=reset]), select, textarea";

    private PageStructure() {
    }

    /** What the page lacks, each naming the element; empty when nothing does. */
    public static List<String> problems(String html) {
        Document page = Jsoup.parse(html);
        List<String> problems = new ArrayList<>();
        if (page.body().childrenSize() == 0 && page.body().text().isBlank()) {
            return problems; // a new tab's empty page, before the browser went anywhere: none of the lab's
        }
        if (page.selectFirst("html[lang~=.]") == null) {
            problems.add("the page does not say its language (<html lang>)");
        }
        if (page.select("h1").isEmpty()) {
            problems.add("the page has no heading (h1)");
        }
        for (Element field : page.select(FIELDS)) {
            if (!labelled(page, field)) {
                problems.add("a field without a label: " + outline(field));
            }
        }
        for (Element button : page.select("button, input[type=submit], input[type=button]")) {
            if (blank(button.text()) && blank(button.attr("value")) && !named(page, button)) {
                problems.add("a button without a name: " + outline(button));
            }
        }
        for (Element link : page.select("a[href]")) {
            if (blank(link.text()) && link.select("img[alt~=.]").isEmpty() && !named(page, link)) {
                problems.add("a link without a name: " + outline(link));
            }
        }
        for (Element picture : page.select("img:not([alt])")) {
            problems.add("a picture without a text (alt): " + outline(picture));
        }
        for (Element ordered : page.select("[tabindex]")) {
            if (ordered.attr("tabindex").matches("\\d+") && Integer.parseInt(ordered.attr("tabindex")) > 0) {
                problems.add("a tab order of its own (tabindex > 0): " + outline(ordered));
            }
        }
        Set<String> ids = new HashSet<>();
        for (Element identified : page.select("[id]")) {
            if (!ids.add(identified.id())) {
                problems.add("an id used twice, so a label may name the wrong field: " + outline(identified));
            }
        }
        return problems;
    }

    /** The page's {@code data-page}, to say which page a problem is on. */
    public static String pageId(String html) {
        Element body = Jsoup.parse(html).body();
        return body == null || blank(body.attr("data-page")) ? "(a page without data-page)" : body.attr("data-page");
    }

    private static boolean labelled(Document page, Element field) {
        boolean labelFor = !field.id().isEmpty() && page.select("label[for]").stream()
                .anyMatch(label -> label.attr("for").equals(field.id()) && !blank(label.text()));
        return labelFor || field.parents().is("label") || named(page, field);
    }

    /** Named by ARIA or a title, as assistive technologies read them. */
    private static boolean named(Document page, Element element) {
        if (!blank(element.attr("aria-label")) || !blank(element.attr("title"))) {
            return true;
        }
        for (String id : element.attr("aria-labelledby").split("\\s+")) {
            Element label = id.isEmpty() ? null : page.getElementById(id);
            if (label != null && !blank(label.text())) {
                return true;
            }
        }
        return false;
    }

    private static String outline(Element element) {
        String html = element.clone().empty().outerHtml().replaceAll("\\s+", " ");
        return html.length() > 160 ? html.substring(0, 160) + "..." : html;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
