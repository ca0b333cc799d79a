package lab.eulogin.steps.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageStructureTest {
    private static String page(String body) {
        return "<!doctype html><html lang=\"en\"><head><title>T</title></head><body data-page=\"p\"><h1>Sign in</h1>"
                + body + "</body></html>";
    }

    @Test
    void aPageAsEuLoginsPagesAreHasNoProblems() {
        assertThat(PageStructure.problems(page("""
                <form><label for="email">E-mail</label><input id="email" name="email">
                <label><input type="checkbox" name="remember"> Remember me</label>
                <input type="hidden" name="csrf" value="x">
                <select aria-label="Language" name="lang"><option>English</option></select>
                <button type="submit">Next</button>
                <button type="button" aria-label="Menu"><span aria-hidden="true">⚙</span></button>
                <a href="/help"><img src="h.png" alt="Help"></a><img src="deco.png" alt="">
                <div tabindex="0">focusable</div><div tabindex="-1">not in the order</div></form>
                """))).isEmpty();
        assertThat(PageStructure.pageId(page(""))).isEqualTo("p");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "<input id='e' name='e'>|a field without a label",
            "<label for='x'>Other</label><input id='e' name='e'>|a field without a label",
            "<label for='e'> </label><textarea id='e'></textarea>|a field without a label",
            "<select name='s' aria-labelledby='nowhere'></select>|a field without a label",
            "<button type='submit'><span></span></button>|a button without a name",
            "<input type='submit' value=''>|a button without a name",
            "<a href='/x'><img src='x.png' alt=''></a>|a link without a name",
            "<img src='x.png'>|a picture without a text",
            "<input id='a' aria-label='A'><span id='a'></span>|an id used twice",
            "<a href='/x' tabindex='2'>X</a>|a tab order of its own"})
    void whatAScreenReaderOrTheKeyboardCannotUseIsNamed(String body, String problem) {
        assertThat(PageStructure.problems(page(body))).singleElement().asString().startsWith(problem);
    }

    @Test
    void aNewTabsEmptyPageIsNoneOfTheLabs() {
        assertThat(PageStructure.problems("<html><head></head><body></body></html>")).isEmpty();
    }

    @Test
    void aPageWithoutLanguageOrHeadingIsNamedToo() {
        assertThat(PageStructure.problems("<html><body><p>Hello</p></body></html>"))
                .containsExactly("the page does not say its language (<html lang>)", "the page has no heading (h1)");
    }
}
