package lab.eulogin.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import lab.eulogin.sms.client.Sms;
import lab.eulogin.steps.fixtures.Browser;
import lab.eulogin.steps.fixtures.MyPhones;
import lab.eulogin.steps.fixtures.Person;
import lab.eulogin.steps.fixtures.RunningLab;
import lab.eulogin.steps.pages.AddMobilePhoneChallengePage;
import lab.eulogin.steps.pages.AddMobilePhonePage;
import lab.eulogin.steps.pages.DeleteMobilePhonePage;
import lab.eulogin.steps.pages.MobilePhonesPage;
import lab.eulogin.steps.pages.MyAccountPage;
import lab.eulogin.steps.pages.PanicPage;
import lab.eulogin.steps.pages.SecondFactorRequiredPage;
import lab.eulogin.steps.pages.SignInBox;
import lab.eulogin.steps.pages.SmsSignInPage;

/**
 * A mobile phone number on the account and "Mobile Phone + SMS" (FAQ SMS-01 to SMS-08): adding,
 * changing and deleting numbers, signing in with the SMS challenge, a phone that does not receive
 * it. Signing in at the applications that take SMS or no longer do is {@link ServiceSignInSteps}'s.
 * The texts are read on the person's virtual
 * phone in the lab's SMS emulator, whose settings the steps change as the person would.
 */
public class PhoneSteps {
    private final Browser browser;
    private final RunningLab lab;
    private final Person me;
    private final MyPhones phones;

    public PhoneSteps(Browser browser, RunningLab lab, Person me, MyPhones phones) {
        this.browser = browser;
        this.lab = lab;
        this.me = me;
        this.phones = phones;
    }

    // --- Having a phone and a number on the account

    @Given("I have a basic mobile phone that receives text messages, without the EU Login app")
    public void haveABasicPhone() {
        assertThat(phones.switchOn().reachable()).as("the phone receives texts").isTrue();
    }

    @When("I add my mobile phone number to my EU Login account")
    public void addMyNumber() {
        MobilePhonesPage list = new MobilePhonesPage(browser.driver());
        list.open(lab.idpUrl());
        SignInBox box = new SignInBox(browser.driver());
        if (box.isShown()) {
            box.signInWithPassword(me.email(), me.password());
        }
        list.addANumber();
        new AddMobilePhonePage(browser.driver()).add(phones.current().display());
        typeTheCodeToAddTheNumber();
        assertThat(list.numbers()).contains(phones.current().display());
    }

    @Given("I have an EU Login account with my mobile phone number registered")
    public void accountWithMyNumber() {
        phones.switchOn();
        // As the operator would set it up: adding a number through My Account is SMS-01's own scenario.
        lab.accounts().create(me.accountWith(Map.of("mobilePhone", phones.current().e164())));
    }

    @Given("I added my mobile phone number to my EU Login account the day before")
    public void addedMyNumberTheDayBefore() {
        accountWithMyNumber();
        lab.clock().advance(Duration.ofDays(1));
    }

    @Given("I added my mobile phone number {string} to my EU Login account the day before")
    public void addedThisNumberTheDayBefore(String number) {
        phones.use(number);
        addedMyNumberTheDayBefore();
    }

    @Given("I have changed my mobile phone number since")
    public void changedMyNumber() {
        phones.changeNumber();
    }

    // --- Manage my mobile phone numbers

    @When("I go to 'Manage my mobile phone numbers' in My Account")
    public void goToMyNumbers() {
        MyAccountPage myAccount = new MyAccountPage(browser.driver());
        myAccount.open(lab.idpUrl());
        SignInBox box = new SignInBox(browser.driver());
        if (box.isShown()) {
            box.signInWithPassword(me.email(), me.password());
        }
        myAccount.choose("Manage my mobile phone numbers");
    }

    @When("I click on 'Add a mobile phone number', type {string} and click on 'Add'")
    public void addTheNumber(String typed) {
        phones.use(typed);
        new MobilePhonesPage(browser.driver()).addANumber();
        new AddMobilePhonePage(browser.driver()).add(typed);
    }

    @When("I click on 'Add a mobile phone number', type my mobile phone number and click on 'Add'")
    public void addMyNumberOnThePage() {
        new MobilePhonesPage(browser.driver()).addANumber();
        new AddMobilePhonePage(browser.driver()).add(phones.current().display());
    }

    @When("I click on 'Add a mobile phone number', type my new mobile phone number and click on 'Add'")
    public void addMyNewNumberOnThePage() {
        addMyNumberOnThePage();
    }

    @Then("a challenge code is sent via SMS to my mobile number")
    public void challengeSentToAddTheNumber() {
        assertThat(new AddMobilePhoneChallengePage(browser.driver()).codeSentNotice())
                .contains(phones.current().display());
        assertThat(MyPhones.challengeIn(phones.awaitNext())).isNotBlank();
    }

    @When("I type the challenge code I received in the 'Text message challenge code' field and click on 'Finalise'")
    public void typeTheCodeToAddTheNumber() {
        AddMobilePhoneChallengePage page = new AddMobilePhoneChallengePage(browser.driver());
        page.assertCurrent();
        page.finalise(phones.codeToType());
    }

    @When("I type {string} in the 'Text message challenge code' field and click on 'Finalise'")
    public void typeACodeToAddTheNumber(String code) {
        new AddMobilePhoneChallengePage(browser.driver()).finalise(code);
    }

    @When("I click on 'Back to my mobile phone numbers'")
    public void backToMyNumbers() {
        new AddMobilePhoneChallengePage(browser.driver()).backToMyNumbers();
    }

    @When("I click on 'Delete a mobile phone number' and follow the on-screen instructions: choose my old number, click on 'Delete'")
    public void deleteMyOldNumber() {
        DeleteMobilePhonePage page = new MobilePhonesPage(browser.driver()).deleteANumber();
        assertThat(page.instructions()).startsWith("Choose the number to delete, then click on \"Delete\".");
        page.delete(phones.old().e164());
    }

    @Then("my mobile phone number is listed in 'Manage my mobile phone numbers'")
    public void myNumberIsListed() {
        assertThat(new MobilePhonesPage(browser.driver()).numbers()).containsExactly(phones.current().display());
    }

    @Then("{string} is listed in 'Manage my mobile phone numbers'")
    public void numberIsListed(String shown) {
        assertThat(new MobilePhonesPage(browser.driver()).numbers()).containsExactly(shown);
    }

    @Then("no mobile phone number is listed")
    public void noNumberIsListed() {
        assertThat(new MobilePhonesPage(browser.driver()).numbers()).isEmpty();
    }

    @Then("my old number is no longer listed")
    public void oldNumberIsGone() {
        assertThat(new MobilePhonesPage(browser.driver()).numbers()).doesNotContain(phones.old().display());
    }

    @Then("my new number is listed in 'Manage my mobile phone numbers', and my old one is not")
    public void onlyTheNewNumberIsListed() {
        assertThat(new MobilePhonesPage(browser.driver()).numbers()).containsExactly(phones.current().display());
    }

    @Then("the number is refused with the message {string}")
    public void numberRefused(String message) {
        assertThat(new AddMobilePhonePage(browser.driver()).numberError()).isEqualTo(message);
    }

    @Then("{string} is still in the 'Mobile phone' field, for me to correct")
    public void typedNumberKept(String typed) {
        assertThat(new AddMobilePhonePage(browser.driver()).typedNumber()).isEqualTo(typed);
    }

    /** Every SMS every phone of the lab received in this scenario, mine and any other (FAQ PWD-03). */
    @Then("my password appears in no SMS my phone received")
    public void passwordInNoSms() {
        List<Sms> received = lab.smsApi().phones().stream()
                .flatMap(phone -> lab.smsApi().messages(phone.number()).stream())
                .toList();
        assertThat(received).as("SMS received").isNotEmpty()
                .allSatisfy(sms -> assertThat(sms.body()).as("the SMS to " + sms.to()).doesNotContain(me.password()));
    }

    // --- The SMS step of the sign-in

    @Then("an SMS is sent to my registered mobile phone number, shown in the 'Mobile phone' field")
    public void smsSentToMyNumber() {
        SmsSignInPage page = new SmsSignInPage(browser.driver());
        assertThat(page.codeSentNotice()).contains(phones.current().display());
        assertThat(page.mobilePhone()).isEqualTo(phones.current().display());
    }

    @Then("the 'Mobile phone' field says: {string}")
    public void mobilePhoneFieldSays(String hint) {
        assertThat(new SmsSignInPage(browser.driver()).mobilePhoneHint()).isEqualTo(hint);
    }

    @When("I type {string} in the 'Mobile phone' field and click on 'Send a new code'")
    public void sendANewCodeTo(String typed) {
        new SmsSignInPage(browser.driver()).sendANewCodeTo(typed);
    }

    @Then("I am told next to the 'Mobile phone' field: {string}")
    public void toldNextToMobilePhone(String error) {
        assertThat(new SmsSignInPage(browser.driver()).mobilePhoneError()).isEqualTo(error);
    }

    @Then("EU Login says a challenge code was sent to my mobile phone number")
    public void euLoginSaysTheCodeWasSent() {
        assertThat(new SmsSignInPage(browser.driver()).codeSentNotice()).contains(phones.current().display());
    }

    @Then("the SMS contains a challenge code made of nine characters separated with hyphens")
    public void smsHoldsNineCharacters() {
        String code = MyPhones.challengeIn(phones.awaitNext());
        assertThat(code).matches("[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3}");
        assertThat(code.replace("-", "")).hasSize(9);
    }

    @When("I type the challenge code I received by SMS in the 'SMS text challenge' field and click on 'Sign in'")
    public void typeTheChallenge() {
        SmsSignInPage page = new SmsSignInPage(browser.driver());
        page.assertCurrent();
        page.signIn(phones.codeToType());
    }

    @When("I type {string} in the 'SMS text challenge' field and click on 'Sign in'")
    public void typeAChallenge(String challenge) {
        new SmsSignInPage(browser.driver()).signIn(challenge);
    }

    @When("I type the challenge code of the first SMS in the 'SMS text challenge' field and click on 'Sign in'")
    public void typeTheFirstChallenge() {
        List<Sms> arrived = phones.lastArrivals();
        new SmsSignInPage(browser.driver()).signIn(phones.typed(MyPhones.challengeIn(arrived.get(0))));
    }

    @When("I type the challenge code of the newest SMS in the 'SMS text challenge' field and click on 'Sign in'")
    public void typeTheNewestChallenge() {
        List<Sms> arrived = phones.lastArrivals();
        new SmsSignInPage(browser.driver()).signIn(phones.typed(MyPhones.challengeIn(arrived.get(arrived.size() - 1))));
    }

    @Then("I am not signed in yet: the 'SMS text challenge' is still asked for")
    public void stillAtTheSmsStep() {
        new SmsSignInPage(browser.driver()).assertCurrent();
    }

    @When("I click on 'Send a new code'")
    public void sendANewCode() {
        new SmsSignInPage(browser.driver()).sendANewCode();
    }

    @Then("the SMS goes to my new number, and none to my old one")
    public void smsToTheNewNumberOnly() {
        assertThat(MyPhones.challengeIn(phones.awaitNext(phones.current()))).isNotBlank();
        assertThat(phones.unread(phones.old())).isEmpty();
    }

    // --- What the phone receives, and the phone's settings (FAQ SMS-06)

    @Given("my phone has no signal")
    public void noSignal() {
        phones.change(state -> state.withSignal(false));
    }

    @When("my phone has a signal again")
    public void signalAgain() {
        phones.change(state -> state.withSignal(true));
    }

    @Given("my phone is in airplane mode")
    public void airplaneMode() {
        phones.change(state -> state.withAirplaneMode(true));
    }

    @When("I switch airplane mode off")
    public void airplaneModeOff() {
        phones.change(state -> state.withAirplaneMode(false));
    }

    @Given("my phone is switched off")
    public void switchedOff() {
        phones.change(state -> state.withPower(false));
    }

    @When("I switch my phone on")
    public void switchOn() {
        phones.change(state -> state.withPower(true));
    }

    @Given("my phone is in do-not-disturb mode")
    public void doNotDisturb() {
        phones.change(state -> state.withDoNotDisturb(true));
    }

    @When("I switch do-not-disturb off")
    public void doNotDisturbOff() {
        phones.change(state -> state.withDoNotDisturb(false));
    }

    @Given("my phone has EU Login on its blocked numbers list")
    public void blockEuLogin() {
        phones.change(state -> state.withBlockedSenders("EU Login"));
    }

    @When("I take EU Login off my phone's blocked numbers list")
    public void unblockEuLogin() {
        phones.change(state -> state.withBlockedSenders());
    }

    @Then("no SMS arrives on my phone: the network keeps it until the phone can receive it")
    public void smsHeldByTheNetwork() {
        assertThat(phones.unread(phones.current())).as("texts on the phone").isEmpty();
        assertThat(phones.phone().waitingInNetwork()).as("texts the network keeps for the phone").isPositive();
    }

    /** The person waits as long as the page says the code is valid; the network keeps nothing for later. */
    @Then("the SMS never arrives: the phone refuses it")
    public void smsRefusedByThePhone() {
        phones.assertNothingArrivesWithin(new SmsSignInPage(browser.driver()).codeValidity());
        assertThat(phones.phone().waitingInNetwork()).as("texts the network still keeps for the phone").isZero();
    }

    @Then("the refused SMS does not arrive afterwards either")
    public void refusedSmsStaysAway() {
        phones.assertNothingArrivesWithin(new SmsSignInPage(browser.driver()).codeValidity());
    }

    @Then("the SMS arrives")
    public void smsArrives() {
        assertThat(MyPhones.challengeIn(phones.awaitNext())).isNotBlank();
    }

    /** On the lab clock, from EU Login's sending to the phone's receiving; the steps between take a few real seconds. */
    @Then("the SMS arrives, {int} minutes after EU Login sent it")
    public void smsArrivesLate(int minutes) {
        Sms sms = phones.awaitNext();
        assertThat(Duration.between(sms.sentAt(), sms.receivedAt())).as("how late the SMS arrived")
                .isBetween(Duration.ofMinutes(minutes), Duration.ofMinutes(minutes + 1));
    }

    @Then("the SMS arrives silently, without alerting me")
    public void smsArrivesSilently() {
        assertThat(phones.awaitNext().silent()).as("arrived without a sound or a light").isTrue();
    }

    @Then("a new SMS arrives, with another challenge code")
    public void newSmsArrives() {
        newCode();
    }

    @Then("a new SMS arrives, with another challenge code, and alerts me")
    public void newSmsArrivesAndAlerts() {
        assertThat(newCode().silent()).as("arrived silently").isFalse();
    }

    private Sms newCode() {
        String before = phones.lastRead().map(MyPhones::challengeIn).orElse("");
        Sms sms = phones.awaitNext();
        assertThat(MyPhones.challengeIn(sms)).isNotEqualTo(before);
        return sms;
    }

    @Then("both SMS arrive, each with its own challenge code")
    public void bothSmsArrive() {
        List<Sms> arrived = phones.awaitNext(2);
        assertThat(MyPhones.challengeIn(arrived.get(0))).isNotEqualTo(MyPhones.challengeIn(arrived.get(1)));
    }

    // --- Phone numbers on the PANIC page and on the page that asks for a second factor

    @Then("I am told how many mobile phone numbers this deletes: {int}")
    public void panicPhoneCount(int count) {
        assertThat(new PanicPage(browser.driver()).phoneCount()).endsWith(": " + count);
    }

    @When("I click on 'Manage my mobile phone numbers'")
    public void manageMyNumbersFromTheSecondFactorPage() {
        new SecondFactorRequiredPage(browser.driver()).manageMobilePhones();
    }
}
