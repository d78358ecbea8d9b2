package uk.nhs.dorset.primarycare.notifications.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Map;
import uk.nhs.dorset.primarycare.base.Labelled;
import uk.nhs.dorset.primarycare.base.ui.AccountSection;
import uk.nhs.dorset.primarycare.base.ui.Notifications;
import uk.nhs.dorset.primarycare.notifications.Delivery;
import uk.nhs.dorset.primarycare.notifications.NotificationKind;
import uk.nhs.dorset.primarycare.notifications.Preferences;

/** On the account page: per kind of news, mail at once, a daily digest, or no mail. */
@org.springframework.stereotype.Component
class NotificationChoices implements AccountSection {

    private final Preferences preferences;

    NotificationChoices(Preferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public Component create() {
        Div section = new Div(new H2("Notification emails"), new Paragraph(
                "Everything is listed under the bell at the top of every screen. Choose what is also mailed to you."));
        section.addClassName("notification-choices");
        Map<NotificationKind, Delivery> chosen = preferences.mine();
        for (NotificationKind kind : NotificationKind.values()) {
            RadioButtonGroup<Delivery> choice = new RadioButtonGroup<>(kind.label());
            choice.setItems(Delivery.values());
            choice.setItemLabelGenerator(Labelled::label);
            choice.setValue(chosen.get(kind));
            choice.addClassName("choice-" + kind.name().toLowerCase());
            choice.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    preferences.choose(kind, e.getValue());
                    Notifications.success(kind.label() + ": " + e.getValue().inSentence());
                }
            });
            section.add(choice);
        }
        return section;
    }
}
