package uk.nhs.dorset.primarycare.base;

import java.util.List;

/**
 * Other features report here what is still open for a practice (grant bids, workforce
 * profiles...), so that completing a merger can list the absorbed practice's open work for
 * someone to reassign. Nothing is moved or deleted automatically.
 */
public interface OpenWorkElsewhere {

    /** One line per open item, such as "Grant bid #12 Ferndown extension (submitted)". */
    List<String> openItemsFor(String odsCode);
}
