package uk.nhs.dorset.primarycare.practice;

/**
 * How far the first-run set-up has got: each count says whether its step is done.
 *
 * @param named the organisation has a name and commissioner codes
 * @param practices GP practices in the register
 * @param withListSize open practices with a list size
 * @param open open practices
 * @param localities localities created
 * @param withoutLocality open practices in no locality
 * @param withPcn open practices in a Primary Care Network
 */
public record SetupStatus(boolean named, long practices, long withListSize, long open, long localities, long withoutLocality,
                          long withPcn) {

    /** The hub can be used once it knows whose it is and has their practices; the rest can follow. */
    public boolean complete() {
        return named && practices > 0;
    }

    public boolean listSizesDone() {
        return open > 0 && withListSize == open;
    }

    public boolean localitiesDone() {
        return localities > 0 && withoutLocality == 0 && open > 0;
    }
}
