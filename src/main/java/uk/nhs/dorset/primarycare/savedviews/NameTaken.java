package uk.nhs.dorset.primarycare.savedviews;

/** The user already has a view of that name on that grid; the save form says so at the name. */
public class NameTaken extends IllegalArgumentException {

    public NameTaken(String name) {
        super("You already have a view called \u201c" + name + "\u201d on this page; choose another name.");
    }
}
