Feature: Creating a new EU Login account
  From the EURES stock replies, "Creating a new EU Login account on ECAS website":
  "To create your EU Login credentials, head to the webpage https://webgate.ec.europa.eu/cas/ and
  click on the 'Create an account' link." In the lab, that page is the lab's EU Login.
  Each scenario is a new person with an e-mail address of their own, read in the web mailbox.

  @faq-ACC-01
  Scenario: 'Create an account' opens the form, and a correctly filled form sends an e-mail to verify the address
    Given I am on the EU Login main page
    When I click on the 'Create an account' link
    And I fill in the form provided with my personal details
    And I click on 'Create an account' to proceed
    Then I am told that an e-mail has been sent to the address I provided
    And I receive an e-mail in my mailbox to verify that I have access to it

  @faq-ACC-04
  Scenario: The link in the e-mail invites me to select a password, after which I am authenticated
    Given I have filled in the form to create an account
    When I click the link in the e-mail
    Then I am invited to select a password and to confirm it
    When I type "Eures-Portal-2024" in the 'New password' field and again in the 'Confirm new password' field and click on 'Submit'
    Then I am now authenticated and can proceed to the service I want to use
    And I can sign in with my e-mail address and my new password

  @faq-ACC-04
  Scenario: Confirming the new password catches a mistyped one
    Given I have filled in the form to create an account
    And I have clicked the link in the e-mail
    When I type "Eures-Portal-2024" in the 'New password' field but "Eures-Portal-2042" in the 'Confirm new password' field
    Then I am told that the two passwords do not match

  @faq-ACC-05
  Scenario Outline: A password without <what it lacks> is refused, and the rule is shown
    It must contain at least 10 characters and a combination of upper case (A to Z), lower case
    (a to z), numeric (0 to 9) and special characters.

    Given I have filled in the form to create an account
    And I have clicked the link in the e-mail
    When I choose the password "<password>"
    Then the password is refused, with the rule of at least 10 characters

    Examples:
      | what it lacks                                        | password          |
      | at least 10 characters (it has 9)                    | Eures-202         |
      | upper case letters                                   | eures-portal-2024 |
      | upper case from A to Z ("É" is not one)              | Éures-portal-2024 |
      | lower case letters                                   | EURES-PORTAL-2024 |
      | numbers                                              | Eures-Portal-Jobs |
      | special characters                                   | EuresPortal2024   |

  @faq-ACC-05
  Scenario: 9 characters are refused, 10 are accepted: the same password with one more digit
    Given I have filled in the form to create an account
    And I have clicked the link in the e-mail
    When I choose the password "Eures-202"
    Then the password is refused, with the rule of at least 10 characters
    When I choose the password "Eures-2024"
    Then I am now authenticated and can proceed to the service I want to use
    And I can sign in with my e-mail address and my new password

  @faq-ACC-06
  Scenario: The link in the e-mail still works 23 hours and 59 minutes later
    Given I have filled in the form to create an account
    When 23 hours and 59 minutes go by
    And I click the link in the e-mail
    Then I am invited to select a password and to confirm it
    When I choose the password "Eures-Portal-2024"
    Then I am now authenticated and can proceed to the service I want to use

  @faq-ACC-06
  Scenario: After 24 hours the link is refused, with a way to request a new one
    Given I have filled in the form to create an account
    When 24 hours and 1 minute go by
    And I click the link in the e-mail
    Then I am told that the link has expired
    And I am offered to request a new link on the password reset request page

  @faq-ACC-02
  Scenario: First and last name cannot be left empty, and nothing else I typed is lost
    Given I am on the 'Create an account' form
    When I leave my first name and last name empty and fill in the rest
    And I click on 'Create an account' to proceed
    Then I am told next to the first name that it cannot be empty
    And I am told next to the last name that it cannot be empty
    And the e-mail addresses and the e-mail language I chose are still filled in

  @faq-ACC-02
  Scenario: The two e-mail addresses must match
    Given I am on the 'Create an account' form
    When I fill in the form with a different address in 'Confirm e-mail'
    And I click on 'Create an account' to proceed
    Then I am told next to 'Confirm e-mail' that the two addresses are different

  @faq-ACC-02
  Scenario: The privacy statement must be acknowledged
    Given I am on the 'Create an account' form
    When I fill in the form but do not tick the privacy statement
    And I click on 'Create an account' to proceed
    Then I am told next to the privacy statement that I must acknowledge it

  @faq-ACC-02
  Scenario Outline: Unusual but real names are accepted: accents, other alphabets, apostrophes
    Given I am on the 'Create an account' form
    When I register as "<first name>" "<last name>"
    Then I receive an e-mail addressed to "<first name> <last name>"

    Examples:
      | first name    | last name           |
      | Zoë           | O'Brien-Łukasiewicz |
      | Δήμητρα       | Παπαδοπούλου        |

  @faq-ACC-02
  Scenario: A name with markup is refused, and shown back exactly as typed, never run
    Given I am on the 'Create an account' form
    When I try to register as "<b>Ana</b>" "Pérez"
    Then I am told next to the first name which characters a name may have
    And the first name is shown back exactly as I typed it, "<b>Ana</b>"

  @faq-ACC-03
  Scenario: After several registrations from one computer a captcha shows; a wrong answer refuses the form
    Given 3 accounts were just created from my computer
    When I fill in the form to create another account
    Then a captcha asks me to enter the code of the picture
    When I enter a wrong code and click on 'Create an account'
    Then I am told that the code does not match the picture
    And what I typed in the form is still there

  @faq-ACC-03
  Scenario: The button with two arrows draws a new picture, and the right code lets the form through
    Given 3 accounts were just created from my computer
    And I fill in the form to create another account
    When I click on the button with two arrows
    Then a new captcha picture is drawn
    When I enter the code of the picture and click on 'Create an account'
    Then I am told that an e-mail has been sent to the address I provided

  @faq-ACC-09
  Scenario: An address that already has an account cannot be registered again, and I am offered to reset the password
    Given I have an EU Login account
    When I fill in the form to create an account with my address written in capitals
    Then I am told that this e-mail address is already registered
    And I am offered to reset my password from there

  @faq-ACC-13
  Scenario: Test to check an existing EU Login account: entering the e-mail and clicking NEXT tells whether it exists
    Given I have an EU Login account
    When I enter my e-mail address on the EU Login main page and click NEXT
    Then I am asked for my password, so an account exists
    When I enter an address that has no account and click NEXT
    Then I am told that there is no EU Login account with this e-mail address

  @faq-ACC-14
  Scenario Outline: The e-mail is written in the e-mail language I chose, whatever the language of the pages
    "E-mail language – The language used when EU Login sends you e-mails, regardless of the language
    used on the interface." The pages are switched with the language list at the top of the page, as
    a person does; the e-mail is read in the web mailbox, subject and text.

    Given I am on the 'Create an account' form
    When I choose <page language> in the language list at the top of the page
    Then the form is shown in <page language>
    When I register choosing <e-mail language> as e-mail language
    Then the e-mail I receive has the subject "<subject>"
    And its text begins with "<greeting>" and says "<sentence>"

    Examples:
      | page language | e-mail language | subject                                                | greeting                        | sentence                                          |
      | German        | French          | Votre compte EU Login : vérifiez votre adresse e-mail  | Madame, Monsieur Maria Rossi,   | Pour créer votre mot de passe, suivez ce lien     |
      | French        | German          | Ihr EU Login-Konto: Bestätigen Sie Ihre E-Mail-Adresse | Sehr geehrte(r) Maria Rossi,    | Um Ihr Passwort festzulegen, folgen Sie           |
      | French        | English         | Your EU Login account: verify your e-mail address      | Dear Maria Rossi,               | To create your password, follow                   |
