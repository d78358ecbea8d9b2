package uk.nhs.dorset.primarycare.notifications;

final class Mails {

    static final String FOOTER = "You can choose which mails you get, and have a daily digest instead, on your account page.";

    private Mails() {
    }
}
