package uk.nhs.dorset.primarycare.security;

/** What decides whether a user's open sessions may go on: their session stamp now and whether they may sign in. */
public record UserStanding(long sessionStamp, boolean enabled) {
}
