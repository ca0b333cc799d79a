package lab.eulogin.steps.pages;

import java.util.LinkedHashMap;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** "Create an account": the registration form. */
public final class RegisterPage extends Page {
    private static final By FIRST_NAME = By.id("firstName");
    private static final By LAST_NAME = By.id("lastName");
    private static final By EMAIL = By.id("email");
    private static final By EMAIL_CONFIRM = By.id("emailConfirm");
    private static final By EMAIL_LANGUAGE = By.id("emailLanguage");
    private static final By PRIVACY = By.id("privacy");
    private static final By CREATE_ACCOUNT = By.id("create-account-submit");
    private static final By FIELD_ERRORS = By.cssSelector("[data-msg][data-field]");

    /** What a person types into the form; {@code emailLanguage} is a value such as en, fr or de. */
    public record Form(String firstName, String lastName, String email, String emailConfirm, String emailLanguage,
            boolean acceptPrivacyStatement) {
    }

    public RegisterPage(WebDriver driver) {
        super(driver, "register");
    }

    public RegisterPage open(String idpUrl) {
        driver.get(idpUrl + "/cas/eim/external/register.cgi");
        assertCurrent();
        return this;
    }

    public void fillIn(Form form) {
        assertCurrent();
        type(FIRST_NAME, form.firstName());
        type(LAST_NAME, form.lastName());
        type(EMAIL, form.email());
        type(EMAIL_CONFIRM, form.emailConfirm());
        new Select(driver.findElement(EMAIL_LANGUAGE)).selectByValue(form.emailLanguage());
        WebElement privacy = driver.findElement(PRIVACY);
        if (privacy.isSelected() != form.acceptPrivacyStatement()) {
            privacy.click();
        }
    }

    /** Fills in the form and clicks "Create an account". */
    public void register(Form form) {
        fillIn(form);
        createAccount();
    }

    public void createAccount() {
        assertCurrent();
        click(CREATE_ACCOUNT);
    }

    /** Each field in error with the key of the message next to it, in page order. */
    public Map<String, String> fieldErrors() {
        assertCurrent();
        Map<String, String> errors = new LinkedHashMap<>();
        for (WebElement error : driver.findElements(FIELD_ERRORS)) {
            errors.put(error.getAttribute("data-field"), error.getAttribute("data-msg"));
        }
        return errors;
    }
}
