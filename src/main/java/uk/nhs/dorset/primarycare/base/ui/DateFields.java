package uk.nhs.dorset.primarycare.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import uk.nhs.dorset.primarycare.base.Formats;

/** The one way a date is entered: en-GB, typed and shown as dd/MM/yyyy. */
public final class DateFields {

    private DateFields() {
    }

    public static DatePicker picker(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setLocale(Formats.LOCALE);
        picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat(Formats.DATE_PATTERN));
        return picker;
    }
}
