Feature: Passwords
  From the FAQs: "Lost your password?" sends a link by e-mail to choose a new one, which must meet
  the rule; the link works for 24 hours and only once; the password is changed from "My Account";
  and nobody, support staff included, ever asks for the password or can see it.

  @faq-PWD-01
  Scenario: Lost your password? A link by e-mail, a new password, and the old one stops working
    Given I have an EU Login account
    When I click on 'Lost your password?' and ask for a new password for my address
    Then I am told that an e-mail with a link has been sent
    When I click the link in the password reset e-mail
    And I choose the password "Found-It-Again-2026"
    Then I am now authenticated and can proceed to the service I want to use
    And I can sign in with my e-mail address and my new password
    But my old password no longer signs me in

  @faq-PWD-01
  Scenario: Lost your password? also asks for the code of a picture: a wrong code is refused, Enter sends the right one
    Given I have an EU Login account
    When I ask for a new password for my address but type a wrong code
    Then I am told next to the code that it does not match the picture, and my address is still there
    When I type the code of the new picture and press Enter
    Then I am told that an e-mail with a link has been sent

  @faq-PWD-01
  Scenario: The new password must meet the rule
    Given I have an EU Login account
    And I asked for a new password and clicked the link in the password reset e-mail
    When I choose the password "short1!"
    Then the password is refused, with the rule of at least 10 characters

  @faq-PWD-02
  Scenario: The reset link works only once
    Given I have an EU Login account
    And I asked for a new password and clicked the link in the password reset e-mail
    And I choose the password "Found-It-Again-2026"
    When I click the link in the password reset e-mail again
    Then I am told that the link has already been used

  @faq-PWD-02
  Scenario: The reset link works for 24 hours, not more
    Given I have an EU Login account
    And I asked for a new password
    When 24 hours and 1 minute go by
    And I click the link in the password reset e-mail
    Then I am told that the link has expired
    And I am offered to request a new link on the password reset request page

  @faq-PWD-03
  Scenario: The password is never shown, sent or logged: on no page, in no e-mail, SMS, problem report or log line
    "Don't divulge your EU Login password to anyone else – even system administrators and support
    staff don't need to know it." Everything this scenario goes through is kept, then searched for the
    password: the source of every page the browser showed, on the way through a step as well as at its
    end; every e-mail and every SMS the lab's mailboxes and phones received; every problem report EU
    Login keeps about the account, as stored; every line the lab logged, at every level (the mail
    server's bad moment makes it log some).

    Given I have created my account and chosen my password
    And I have a basic mobile phone that receives text messages, without the EU Login app
    When I add my mobile phone number to my EU Login account
    And I close my browser and start it again
    And the mail server refuses mail for a while
    And I click on 'Lost your password?' and ask for a new password for my address
    And the mail server accepts mail again
    And 1 minute goes by
    And I sign in with my password and the verification method "Mobile Phone + SMS"
    And I type the challenge code I received by SMS in the 'SMS text challenge' field and click on 'Sign in'
    And I open My Account and my account details
    And I open My Account
    And I reported a problem from My Account and was given a reference
    And a support agent looks my account up in the support console
    Then my password appears on no page I saw
    And my password appears in no e-mail I received
    And my password appears in no SMS my phone received
    And my password appears in no problem report
    And my password appears in no line the lab logged

  @faq-PWD-04
  Scenario: Changing my password from My Account
    Given I am signed in to My Account
    When I choose "Change password" in My Account
    And I change my password to "Changed-From-Account-1"
    Then I am told that my account has been successfully updated
    And I can sign in with my e-mail address and my new password
    But my old password no longer signs me in

  @faq-PWD-04
  Scenario: Changing the password needs the current one, and the new one must meet the rule
    Given I am signed in to My Account
    When I choose "Change password" in My Account
    And I give a wrong current password when changing my password
    Then I am told "Incorrect password supplied"
    When I change my password to "weak"
    Then the new password is refused with the rule shown
