Feature: Getting help from the helpdesk
  From "EU Login for retirees": "If you encounter any problems, it is essential to collect the
  following information in order to register the incident: the username or e-mail address of the
  account concerned, [...] how you accessed the application, including the URL, the source of the
  URL used (e-mail, link to a website, bookmark, etc.), a detailed description of the problem, if
  possible one or more screenshots [...], the last time you requested an SMS, the last time you
  received one". From "How to create an EU Login account": "you will receive a reference number [...]
  ('IM00xxxxxxxx')", and "Don't divulge your EU Login password to anyone else – even system
  administrators and support staff don't need to know it". If your account is locked, "the helpdesk
  will be able to help you".

  @faq-HELP-01
  Scenario: I report a problem while signing in to an application; EU Login gathers what the helpdesk asks for
    Given I have an EU Login account with my mobile phone number registered
    When I go to "EURES portal"
    And I choose "Sign in" on the EURES portal
    And I give my password, choose "Mobile Phone + SMS" and receive the SMS on my phone
    And I choose "Report a problem" at the foot of the page
    Then the report already holds my e-mail address, "EURES portal" with its address, and my browser
    And the report shows when I last asked for an SMS and when I last received one
    When I say the address came from "a bookmark", describe the problem, add a screenshot and send the report
    Then I am given a reference like "IM00xxxxxxxx"
    And the report I sent names "EURES portal", my screenshot and the times of my last SMS

  @faq-HELP-01
  Scenario: From My Account, the report knows my account and says when no SMS was asked for
    Given I am signed in to My Account
    When I choose "Report a problem" in My Account
    Then the report already holds my e-mail address
    And the report says "none" for the last SMS asked for and the last SMS received

  @faq-HELP-01
  Scenario: A report needs a description, and only pictures are taken as screenshots
    Given I am on the EU Login main page
    When I choose "Report a problem" at the foot of the page
    And I send a report with my e-mail address but no description, and a text file as screenshot
    Then I am told next to the description that the problem must be described
    And I am told next to the screenshots that only PNG or JPEG pictures are accepted
    And my e-mail address and where the address came from are still filled in

  @faq-HELP-02
  Scenario: My account is locked: support staff see until when, unlock it, and I sign in
    Given I have an EU Login account
    And I typed a wrong password 5 times in a row
    When a support agent looks my account up in the support console
    Then the console says my account is locked, and until when
    When the support agent unlocks my account
    Then the console says nothing stops my account from signing in
    And the console's audit shows that the support agent unlocked my account, and when
    And the console never showed my password
    And I can sign in with my e-mail address and my password

  @faq-HELP-02
  Scenario: The EURES portal asks for a second factor my account does not have; support staff see why
    Given I have an EU Login account
    And I signed in on this browser before and closed it
    When I sign in to a service that requires a second factor
    Then I am told that this application requires more than my password and how to add a method
    When a support agent looks my account up in the support console
    Then the console says my account has no second factor, which "EURES portal" requires

  @faq-HELP-02
  Scenario: Support staff who may only look cannot unlock an account
    Given I have an EU Login account
    And I typed a wrong password 5 times in a row
    When a support viewer looks my account up in the support console
    Then the console says my account is locked, and until when
    And the support viewer is offered no way to unlock it or send a link
    And even my right password does not sign me in

  @faq-HELP-02
  Scenario: The link to choose my password expired; support staff see it and send me a new one
    Given I have filled in the form to create an account
    When 2 days go by
    And a support agent looks my account up in the support console
    Then the console says my account was never activated and its link expired
    When the support agent sends me a new initialisation link
    And I click the link in the e-mail from the helpdesk
    Then I am invited to select a password and to confirm it
    When I choose the password "Helped-by-2026!"
    Then I am now authenticated and can proceed to the service I want to use
    And the console never showed my password

  @faq-HELP-01 @faq-HELP-02
  Scenario: Support staff find the problem I reported, with its reference
    Given I am signed in to My Account
    And I reported a problem from My Account and was given a reference
    When a support agent looks my account up in the support console
    Then the console lists my problem report as open, with its reference
