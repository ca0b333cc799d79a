Feature: Mobile phone and SMS
  From the EURES stock replies: "If you don't have a smartphone, you can register a mobile phone
  number to receive the second authentication by SMS. There are just two steps to follow: add your
  phone number to your EU Login account; chose the 'Mobile phone + SMS' authentication method."
  And from the retirees' pages: "If you're not receiving the SMS, check that your smartphone has an
  adequate signal (reception), and is not in 'Airplane' or 'Do Not Disturb' mode", and "that the
  messages are not on a 'blocked numbers list'".
  Each scenario is a new person with a mobile phone of their own: a virtual phone in the lab's
  SMS emulator, where the text messages are read and the phone's settings changed. The EURES
  portal and My Remote send the person to EU Login as their 'Login' does.

  @faq-SMS-01
  Scenario: Without a smartphone, a basic phone that receives texts is enough
    Given I have an EU Login account
    And I have a basic mobile phone that receives text messages, without the EU Login app
    When I add my mobile phone number to my EU Login account
    And I sign in to the EURES portal with my password and "Mobile Phone + SMS"
    And I type the challenge code I received by SMS in the 'SMS text challenge' field and click on 'Sign in'
    Then I am successfully logged into the EURES portal

  @faq-SMS-01
  Scenario: A fixed-line number cannot receive the texts and is refused
    Given I am signed in to My Account
    When I choose "Manage my mobile phone numbers" in My Account
    And I click on 'Add a mobile phone number', type "+32 2 299 11 11" and click on 'Add'
    Then the number is refused with the message "This is not a mobile phone number: text messages cannot be sent to it."

  @faq-SMS-02
  Scenario: Adding my number: a challenge code is sent by SMS, and typing it adds the number
    "Once successfully authenticated, move the mouse over the gear at the top right-hand corner to
    display the menu and select 'My Account'."

    Given I have an EU Login account
    And I sign in with my e-mail address and my password
    When I move the mouse over the gear at the top right-hand corner and select 'My Account'
    And I choose "Manage my mobile phone numbers" in My Account
    And I click on 'Add a mobile phone number', type my mobile phone number and click on 'Add'
    Then a challenge code is sent via SMS to my mobile number
    When I type the challenge code I received in the 'Text message challenge code' field and click on 'Finalise'
    Then I am told "Your account has been successfully updated"
    And my mobile phone number is listed in 'Manage my mobile phone numbers'

  @faq-SMS-02
  Scenario: A wrong challenge code does not add the number
    Given I am signed in to My Account
    When I choose "Manage my mobile phone numbers" in My Account
    And I click on 'Add a mobile phone number', type my mobile phone number and click on 'Add'
    And I type "ABC-DEF-GHI" in the 'Text message challenge code' field and click on 'Finalise'
    Then I am told "This code is not right. Check the text message and type the nine characters again."
    When I click on 'Back to my mobile phone numbers'
    Then no mobile phone number is listed

  @faq-SMS-03
  Scenario: Signing in to the EURES portal with "Mobile Phone + SMS"
    Given I added my mobile phone number to my EU Login account the day before
    And I signed in on this browser before and closed it
    When I go to the EURES portal and click on 'Login'
    Then I am prompted by the 'Welcome back' sign in screen, for the EURES portal
    When I type my password, choose "Mobile Phone + SMS" in 'Choose your verification method' and click on 'Sign in'
    Then an SMS is sent to my registered mobile phone number, shown in the 'Mobile phone' field
    And the 'Mobile phone' field says: "Your previously registered mobile phone number, starting with a plus sign and the country code. Do not include dots, parentheses or hyphens."
    And the SMS contains a challenge code made of nine characters separated with hyphens
    When I type the challenge code I received by SMS in the 'SMS text challenge' field and click on 'Sign in'
    Then I am successfully logged into the EURES portal

  @faq-SMS-03
  Scenario: The registered number typed with dots or hyphens is refused, and one that is not registered too
    "Enter your previously registered mobile phone number in the 'Mobile phone' field, starting
    with a plus sign and the country code. Do not include dots, parenthesis, or hyphens."

    Given I added my mobile phone number "+32 470 12 34 56" to my EU Login account the day before
    When I sign in to the EURES portal with my password and "Mobile Phone + SMS"
    And I type "+32.470.12.34.56" in the 'Mobile phone' field and click on 'Send a new code'
    Then I am told next to the 'Mobile phone' field: "Dots, parentheses and hyphens are not allowed in the number. Use digits and spaces only, after the + and the country code."
    When I type "+32-470-12-34-56" in the 'Mobile phone' field and click on 'Send a new code'
    Then I am told next to the 'Mobile phone' field: "Dots, parentheses and hyphens are not allowed in the number. Use digits and spaces only, after the + and the country code."
    When I type "+32 470 99 88 77" in the 'Mobile phone' field and click on 'Send a new code'
    Then I am told next to the 'Mobile phone' field: "This phone number is not registered to your account."

  @faq-SMS-03
  Scenario: A wrong SMS text challenge is refused, and the right one still signs in
    Given I added my mobile phone number to my EU Login account the day before
    When I sign in to the EURES portal with my password and "Mobile Phone + SMS"
    And I type "ABC-DEF-GHI" in the 'SMS text challenge' field and click on 'Sign in'
    Then I am told "This code is not right. Check the text message and type the nine characters again."
    And I am not signed in yet: the 'SMS text challenge' is still asked for
    When I type the challenge code I received by SMS in the 'SMS text challenge' field and click on 'Sign in'
    Then I am successfully logged into the EURES portal

  @faq-SMS-04
  Scenario Outline: "<typed>" is accepted: it starts with + and the country code, and its spaces are closed up
    Given I am signed in to My Account
    When I choose "Manage my mobile phone numbers" in My Account
    And I click on 'Add a mobile phone number', type "<typed>" and click on 'Add'
    And I type the challenge code I received in the 'Text message challenge code' field and click on 'Finalise'
    Then "<listed>" is listed in 'Manage my mobile phone numbers'

    Examples:
      | typed             | listed            |
      | +32 471 23 45 67  | +32 471 23 45 67  |
      | +324712 3 4 5 68  | +32 471 23 45 68  |
      | +33612345679      | +33 6 12 34 56 79 |

  @faq-SMS-04
  Scenario Outline: "<typed>" is refused: <rule>
    Given I am signed in to My Account
    When I choose "Manage my mobile phone numbers" in My Account
    And I click on 'Add a mobile phone number', type "<typed>" and click on 'Add'
    Then the number is refused with the message "<message>"
    And "<typed>" is still in the 'Mobile phone' field, for me to correct

    Examples:
      | typed               | rule                                       | message                                                                                                                      |
      | + 32 471 23 45 67   | no space after the +                       | Do not put a space after the +: type the country code right after it, for example +32.                                       |
      | 0471 23 45 67       | it must start with + and the country code  | The number must start with + and the country code, for example +32 for Belgium.                                              |
      | +32.471.23.45.67    | no dots                                    | Dots, parentheses and hyphens are not allowed in the number. Use digits and spaces only, after the + and the country code. |
      | +32 (0)471 23 45 67 | no parentheses                             | Dots, parentheses and hyphens are not allowed in the number. Use digits and spaces only, after the + and the country code. |
      | +32-471-23-45-67    | no hyphens                                 | Dots, parentheses and hyphens are not allowed in the number. Use digits and spaces only, after the + and the country code. |

  @faq-SMS-05
  Scenario: A changed number: remove the old number, add the new one, and sign in with it
    Given I added my mobile phone number to my EU Login account the day before
    And I have changed my mobile phone number since
    When I go to 'Manage my mobile phone numbers' in My Account
    And I click on 'Delete a mobile phone number' and follow the on-screen instructions: choose my old number, click on 'Delete'
    Then my old number is no longer listed
    When I click on 'Add a mobile phone number', type my new mobile phone number and click on 'Add'
    And I type the challenge code I received in the 'Text message challenge code' field and click on 'Finalise'
    Then my new number is listed in 'Manage my mobile phone numbers', and my old one is not
    When I sign in to the EURES portal with my password and "Mobile Phone + SMS"
    Then the SMS goes to my new number, and none to my old one
    When I type the challenge code I received by SMS in the 'SMS text challenge' field and click on 'Sign in'
    Then I am successfully logged into the EURES portal

  @faq-SMS-05
  Scenario: A number that cannot exist is an "Invalid phone number"
    Given I am signed in to My Account
    When I choose "Manage my mobile phone numbers" in My Account
    And I click on 'Add a mobile phone number', type "+32 471 23" and click on 'Add'
    Then the number is refused with the message "Invalid phone number. Check the country code and the number."

  @faq-SMS-06
  Scenario Outline: SMS not received because <problem>: once fixed, the SMS arrives
    Given I added my mobile phone number to my EU Login account the day before
    And <problem>
    When I sign in to the EURES portal with my password and "Mobile Phone + SMS"
    Then EU Login says a challenge code was sent to my mobile phone number
    But no SMS arrives on my phone: the network keeps it until the phone can receive it
    When <fix>
    Then the SMS arrives
    When I type the challenge code I received by SMS in the 'SMS text challenge' field and click on 'Sign in'
    Then I am successfully logged into the EURES portal

    Examples:
      | problem                      | fix                         |
      | my phone has no signal       | my phone has a signal again |
      | my phone is in airplane mode | I switch airplane mode off  |
      | my phone is switched off     | I switch my phone on        |

  @faq-SMS-06
  Scenario Outline: SMS not received for a long while because <problem>: once fixed, a new code is asked for and arrives
    Given I added my mobile phone number to my EU Login account the day before
    And <problem>
    When I sign in to the EURES portal with my password and "Mobile Phone + SMS"
    And 15 minutes go by
    And <fix>
    Then the SMS arrives, 15 minutes after EU Login sent it
    When I type the challenge code I received by SMS in the 'SMS text challenge' field and click on 'Sign in'
    Then I am told "This code has expired. Ask for a new one."
    When I click on 'Send a new code'
    Then a new SMS arrives, with another challenge code
    When I type the challenge code I received by SMS in the 'SMS text challenge' field and click on 'Sign in'
    Then I am successfully logged into the EURES portal

    Examples:
      | problem                  | fix                         |
      | my phone is switched off | I switch my phone on        |
      | my phone has no signal   | my phone has a signal again |

  @faq-SMS-06
  Scenario: SMS not noticed because the phone is in do-not-disturb mode: once off, a new code arrives with its alert
    Given I added my mobile phone number to my EU Login account the day before
    And my phone is in do-not-disturb mode
    When I sign in to the EURES portal with my password and "Mobile Phone + SMS"
    Then the SMS arrives silently, without alerting me
    When I switch do-not-disturb off
    And 1 minute goes by
    And I click on 'Send a new code'
    Then a new SMS arrives, with another challenge code, and alerts me
    When I type the challenge code I received by SMS in the 'SMS text challenge' field and click on 'Sign in'
    Then I am successfully logged into the EURES portal

  @faq-SMS-06
  Scenario: SMS not received because EU Login is on the phone's blocked numbers list: it never arrives until unblocked
    Given I added my mobile phone number to my EU Login account the day before
    And my phone has EU Login on its blocked numbers list
    When I sign in to the EURES portal with my password and "Mobile Phone + SMS"
    Then EU Login says a challenge code was sent to my mobile phone number
    But the SMS never arrives: the phone refuses it
    When I take EU Login off my phone's blocked numbers list
    Then the refused SMS does not arrive afterwards either
    When 1 minute goes by
    And I click on 'Send a new code'
    Then a new SMS arrives, with another challenge code
    When I type the challenge code I received by SMS in the 'SMS text challenge' field and click on 'Sign in'
    Then I am successfully logged into the EURES portal

  @faq-SMS-09
  Scenario: My old number is gone and I never registered the new one: the "Panic Button" removes my second factors, I sign in with my password alone and register my new number
    Given I added my mobile phone number to my EU Login account the day before
    And I have changed my mobile phone number since
    When I open My Account
    And I choose "Delete all my devices and eID (PANIC)" in My Account
    Then I am told how many mobile phone numbers this deletes: 1
    When I confirm that all my devices are to be deleted
    And I close my browser, then start signing in with my e-mail address
    Then "Choose your verification method" offers exactly:
      | Password |
    When I type my password and click on 'Sign in'
    Then I am signed in to EU Login
    When I go to 'Manage my mobile phone numbers' in My Account
    Then no mobile phone number is listed
    When I click on 'Add a mobile phone number', type my new mobile phone number and click on 'Add'
    And I type the challenge code I received in the 'Text message challenge code' field and click on 'Finalise'
    Then my new number is listed in 'Manage my mobile phone numbers', and my old one is not
    When I sign in to the EURES portal with my password and "Mobile Phone + SMS"
    Then the SMS goes to my new number, and none to my old one

  @faq-SMS-06
  Scenario: "Send a new code": not twice within half a minute, and only the newest code works
    Given I added my mobile phone number to my EU Login account the day before
    And my phone is switched off
    When I sign in to the EURES portal with my password and "Mobile Phone + SMS"
    And I click on 'Send a new code'
    Then I am told "A code was sent a moment ago. Wait half a minute before asking for a new one."
    When 1 minute goes by
    And I click on 'Send a new code'
    Then EU Login says a challenge code was sent to my mobile phone number
    When I switch my phone on
    Then both SMS arrive, each with its own challenge code
    When I type the challenge code of the first SMS in the 'SMS text challenge' field and click on 'Sign in'
    Then I am told "This code is not right. Check the text message and type the nine characters again."
    When I type the challenge code of the newest SMS in the 'SMS text challenge' field and click on 'Sign in'
    Then I am successfully logged into the EURES portal

  @faq-SMS-07
  Scenario: The Commission's services no longer accept SMS after June 2025
    Given I added my mobile phone number to my EU Login account the day before
    When I go to My Remote and click on 'Login'
    Then "Mobile Phone + SMS" is not among the verification methods I can choose
    And I am told 'Since 1 July 2025, My Remote no longer accepts "Mobile Phone + SMS": sign in with another verification method, such as the EU Login app.'

  @faq-SMS-07 @faq-SIGN-14
  Scenario: A Commission service, which needs a second factor, lists the methods it accepts, SMS no longer among them
    Given I added my mobile phone number to my EU Login account the day before
    When I go to My Remote and click on 'Login'
    And I type my password and click on 'Sign in'
    Then I am told that My Remote requires more than my password
    And the verification methods it accepts are:
      | EU Login Mobile App PIN Code     |
      | EU Login Mobile App QR Code      |
      | Security Key or Trusted Platform |
    And I am offered to add a mobile device, and not a mobile phone number

  @faq-SMS-07
  Scenario: Other services, such as EURES, still accept SMS
    Given I added my mobile phone number to my EU Login account the day before
    When I go to the EURES portal and click on 'Login'
    Then "Mobile Phone + SMS" is among the verification methods I can choose
    When I type my password, choose "Mobile Phone + SMS" in 'Choose your verification method' and click on 'Sign in'
    And I type the challenge code I received by SMS in the 'SMS text challenge' field and click on 'Sign in'
    Then I am successfully logged into the EURES portal

  @faq-SMS-08
  Scenario: EURES accepts only "Mobile Phone + SMS" and the mobile app; an account with neither is told how to add one
    Given I have an EU Login account
    When I go to the EURES portal and click on 'Login'
    And I type my e-mail address, click on 'Next', then my password and click on 'Sign in'
    Then I am told that the EURES portal requires more than my password
    And the verification methods it accepts are:
      | Mobile Phone + SMS           |
      | EU Login Mobile App PIN Code |
      | EU Login Mobile App QR Code  |
    And I am told "Not set up yet? Add a mobile phone number (or, with the EU Login app, a mobile device) in My Account, then sign in again."
    When I click on 'Manage my mobile phone numbers'
    And I click on 'Add a mobile phone number', type my mobile phone number and click on 'Add'
    And I type the challenge code I received in the 'Text message challenge code' field and click on 'Finalise'
    And I sign in to the EURES portal with my password and "Mobile Phone + SMS"
    And I type the challenge code I received by SMS in the 'SMS text challenge' field and click on 'Sign in'
    Then I am successfully logged into the EURES portal
