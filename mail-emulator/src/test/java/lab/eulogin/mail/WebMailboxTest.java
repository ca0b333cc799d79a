package lab.eulogin.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jakarta.mail.Message;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WebMailboxTest {
    @RegisterExtension
    static final RunningEmulator lab = new RunningEmulator(Clock.systemUTC());

    private static final String LINK = "https://idp.test/cas/eim/external/register.cgi?action=init&key="
            + "0123456789abcdef0123456789abcdef0123456789abcdef&lang=en";

    @Test
    void theIndexListsMailboxesWithCountsAndLinksToThem() throws Exception {
        lab.send("a@sender.test", "Listed+Tag@X.test", "One", "x");
        lab.send("a@sender.test", "listed+tag@x.test", "Two", "x");

        String index = lab.get("/").body();

        assertThat(index).contains("data-page=\"mailbox-index\"")
                .contains("<a href=\"/mailbox/listed%2Btag%40x.test\" data-mailbox=\"listed+tag@x.test\">")
                .contains("<td>2</td><td>0</td>")
                .contains("name=\"q\"");
        String mailbox = lab.get("/mailbox/listed%2Btag%40x.test").body();
        assertThat(mailbox).contains("data-page=\"mailbox\"").contains("data-address=\"listed+tag@x.test\"");
        assertThat(mailbox.indexOf(">Two<")).isLessThan(mailbox.indexOf(">One<")); // newest first
    }

    @Test
    void theIndexCountsTheMessagesHeldOneInTheSingular() throws Exception {
        lab.api().reset();
        assertThat(lab.get("/").body()).contains("<span data-total>0</span> <span data-total-noun>messages</span> held");

        lab.send("a@sender.test", "counted@x.test", "One", "x");

        assertThat(lab.get("/").body()).contains("<span data-total>1</span> <span data-total-noun>message</span> held");
    }

    @Test
    void theMailboxListsMessagesAsLinksAndTheMessageShowsItsTextWithClickableLinks() throws Exception {
        lab.send("EU Login <no-reply@eulogin.test>", "reader@x.test", "Finalise your registration",
                "Dear Jane,\n\nFollow " + LINK + ".\nThank you.");
        long id = lab.api().lastMessage("reader@x.test").orElseThrow().id();

        String mailbox = lab.get("/mailbox/reader@x.test").body();
        assertThat(mailbox).contains("<a href=\"/message/" + id + "\" data-message-id=\"" + id + "\">")
                .contains("EU Login &lt;no-reply@eulogin.test&gt;").contains("Finalise your registration");

        String page = lab.get("/message/" + id).body();
        assertThat(page).contains("data-page=\"mail-message\"")
                .contains("<h1 data-field=\"subject\">Finalise your registration</h1>")
                .contains("<dd data-field=\"to\">reader@x.test</dd>");
        String text = part(page, "text");
        String escaped = LINK.replace("&", "&amp;");
        assertThat(text).contains("Follow <a href=\"" + escaped + "\">" + escaped + "</a>.\nThank you.");
    }

    @Test
    void subjectsAndBodiesAreEscapedAndHtmlMailIsShownSandboxed() throws Exception {
        MimeMessage message = new MimeMessage(lab.smtpSession());
        message.setFrom(new InternetAddress("a@sender.test"));
        message.setRecipients(Message.RecipientType.TO, "victim@x.test");
        message.setSubject("<script>alert('subject')</script> & \"more\"");
        message.setContent("<p onclick=\"x()\">Hi</p><script>alert('body')</script>", "text/html; charset=UTF-8");
        Transport.send(message);
        long id = lab.api().lastMessage("victim@x.test").orElseThrow().id();

        String textView = lab.get("/message/" + id).body();
        assertThat(textView).doesNotContain("<script>alert")
                .contains("&lt;script&gt;alert(&#39;subject&#39;)&lt;/script&gt; &amp; &quot;more&quot;")
                .contains("data-msg=\"no-text-part\"");
        String htmlView = lab.get("/message/" + id + "?view=html").body();
        assertThat(htmlView).doesNotContain("<script>alert")
                .contains("sandbox=\"allow-popups allow-popups-to-escape-sandbox\"").doesNotContain("allow-scripts")
                .contains("srcdoc=\"&lt;base target=&quot;_blank&quot;&gt;&lt;p onclick=&quot;x()&quot;&gt;Hi&lt;/p&gt;"
                        + "&lt;script&gt;");
        assertThat(lab.get("/mailbox/victim@x.test").body()).doesNotContain("<script>alert");
        assertThat(lab.get("/message/" + id).headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("script-src 'self'");
    }

    @Test
    void pagesAreNeverStoredButTheirScriptAndStyleAreKeptAnHour() throws Exception {
        assertThat(lab.get("/").headers().firstValue("Cache-Control")).hasValue("no-store");
        for (String file : new String[] {"/static/mail.js", "/static/mail.css"}) {
            assertThat(lab.get(file).headers().firstValue("Cache-Control")).as(file)
                    .hasValueSatisfying(value -> assertThat(value).contains("max-age=3600").doesNotContain("no-store"));
        }
    }

    @Test
    void theRawViewShowsTheSource() throws Exception {
        lab.send("a@sender.test", "raw@x.test", "Source <please>", "Body");
        long id = lab.api().lastMessage("raw@x.test").orElseThrow().id();

        assertThat(part(lab.get("/message/" + id + "?view=raw").body(), "raw"))
                .contains("Subject: Source &lt;please&gt;").contains("Return-Path: &lt;a@sender.test&gt;");
    }

    @Test
    void theNarrowClientViewSplitsALongLinkSoOnlyItsFirstLineIsALink() throws Exception {
        lab.send("a@sender.test", "narrow@x.test", "Split link", "Open this link: " + LINK);
        long id = lab.api().lastMessage("narrow@x.test").orElseThrow().id();

        String narrow = part(lab.get("/message/" + id + "?view=narrow").body(), "narrow");

        String firstLine = LINK.substring(0, 76);
        assertThat(narrow).startsWith("Open this link:\n")
                .contains("<a href=\"" + firstLine.replace("&", "&amp;") + "\">")
                .contains("</a>\n" + LINK.substring(76).replace("&", "&amp;"))
                .doesNotContain("href=\"" + LINK.replace("&", "&amp;") + "\"");
    }

    @Test
    void thePurgeButtonNeedsItsCsrfTokenAndThenEmptiesEveryMailbox() throws Exception {
        lab.send("a@sender.test", "purged@x.test", "Soon gone", "x");
        HttpResponse<String> index = lab.get("/");
        String cookie = index.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
        String token = hidden(index.body(), "csrf");

        assertThat(postForm("/purge", cookie, "confirm=on").statusCode()).isEqualTo(403);
        assertThat(postForm("/purge", cookie, "confirm=on&csrf=forged").statusCode()).isEqualTo(403);
        assertThat(lab.api().messages("purged@x.test")).hasSize(1);

        HttpResponse<String> purged = postForm("/purge", cookie, "confirm=on&csrf=" + token);
        assertThat(purged.statusCode()).isEqualTo(303);
        assertThat(lab.api().messages("purged@x.test")).isEmpty();
    }

    @Test
    void aJunkRuleAddedOnThePageSendsMailToTheJunkFolderShownOnTheMailboxPage() throws Exception {
        HttpResponse<String> index = lab.get("/");
        String cookie = index.headers().firstValue("Set-Cookie").orElseThrow();
        String token = hidden(index.body(), "csrf");

        assertThat(postForm("/junk-rules", cookie, "kind=address&value=" + URLEncoder.encode("filtered@x.test",
                StandardCharsets.UTF_8) + "&csrf=" + token).statusCode()).isEqualTo(303);
        lab.send("a@sender.test", "filtered@x.test", "Where is it?", "x");

        String inbox = lab.get("/mailbox/filtered@x.test").body();
        assertThat(inbox).contains("data-count=\"INBOX\">0<").contains("data-count=\"Junk\">1<")
                .doesNotContain("Where is it?");
        assertThat(lab.get("/mailbox/filtered@x.test?folder=Junk").body()).contains("Where is it?")
                .contains("data-msg=\"junk-folder\"");
    }

    private HttpResponse<String> postForm(String path, String setCookie, String form) {
        return lab.send(HttpRequest.newBuilder(lab.uri(path))
                .header("Cookie", setCookie.split(";", 2)[0])
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private static String hidden(String html, String name) {
        Matcher matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as("hidden field %s", name).isTrue();
        return matcher.group(1);
    }

    private static String part(String html, String name) {
        Matcher matcher = Pattern.compile("data-part=\"" + name + "\">(.*?)</pre>", Pattern.DOTALL).matcher(html);
        assertThat(matcher.find()).as("part %s", name).isTrue();
        return matcher.group(1);
    }
}
