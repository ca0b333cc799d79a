Feature: Changing my e-mail address in My Account
  From "EU Login for retirees": the e-mail address of an account can be changed; the new address
  is confirmed by a link sent to it, and until then the account keeps its current address.

  @faq-HELP-03
  Scenario: A new e-mail address is confirmed by a link sent to it; the old address gets a notice
    Given I am signed in to My Account
    When I choose "Change my e-mail address" in My Account
    And I ask to use my new address "maria.new@example.org" with my password
    Then I am told that a link has been sent to the new address
    And until I confirm, I still sign in with my old address
    When I click the link in the e-mail sent to my new address
    Then I am told that my account has been successfully updated
    And my old address receives a notice that the address was changed
    And I can sign in with my new address and my password

  @faq-HELP-03
  Scenario: The new address cannot be one that already has an account
    The gear menu that leads to My Account works with the keyboard too.

    Given I have an EU Login account
    And I sign in with my e-mail address and my password
    And someone else already has the account "taken@example.org"
    When I open the gear menu at the top right-hand corner with the keyboard and select 'My Account'
    And I choose "Change my e-mail address" in My Account
    And I ask to use my new address "taken@example.org" with my password
    Then I am told that this new e-mail address is already registered
