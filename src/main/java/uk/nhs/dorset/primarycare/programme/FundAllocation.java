package uk.nhs.dorset.primarycare.programme;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The transformation fund's local deployment for one year: every locality gets the same
 * baseline, and what is left of the total is shared by capitation on each locality's practice
 * population. Amounts are whole pounds; the capitation shares are rounded by largest remainder
 * so they add up to the capitation pot exactly, and the grand total is the total for local
 * deployment to the pound (a published table whose columns do not add up loses trust).
 */
public final class FundAllocation {

    /** One locality's population as at the census date. */
    public record LocalityPopulation(String locality, int population) {
        public LocalityPopulation {
            if (locality.isBlank()) {
                throw new IllegalArgumentException("Each locality needs a name");
            }
            if (population < 0) {
                throw new IllegalArgumentException("Population of " + locality + " cannot be negative");
            }
        }
    }

    public record Row(String locality, int population, long baseline, long capitation) {
        public long total() {
            return baseline + capitation;
        }
    }

    public record Table(List<Row> rows, long totalPopulation, long baseline, long capitation, long total) {
    }

    private FundAllocation() {
    }

    /** The capitation pot: the total less the baselines. */
    public static long capitationPot(long totalForLocalDeployment, long baselinePerLocality, int localities) {
        return totalForLocalDeployment - baselinePerLocality * localities;
    }

    public static Table allocate(long totalForLocalDeployment, long baselinePerLocality, List<LocalityPopulation> populations) {
        if (populations.isEmpty()) {
            throw new IllegalArgumentException("Allocation needs at least one locality");
        }
        if (totalForLocalDeployment < 0 || baselinePerLocality < 0) {
            throw new IllegalArgumentException("Total and baseline cannot be negative");
        }
        long pot = capitationPot(totalForLocalDeployment, baselinePerLocality, populations.size());
        if (pot < 0) {
            throw new IllegalArgumentException(String.format(
                    "Baselines of £%,d for %d localities exceed the total of £%,d",
                    baselinePerLocality * populations.size(), populations.size(), totalForLocalDeployment));
        }
        long totalPopulation = populations.stream().mapToLong(LocalityPopulation::population).sum();
        if (totalPopulation == 0 && pot > 0) {
            throw new IllegalArgumentException("Capitation needs a population in at least one locality");
        }
        int n = populations.size();
        long[] shares = new long[n];
        BigInteger[] remainders = new BigInteger[n];
        long given = 0;
        for (int i = 0; i < n; i++) {
            if (totalPopulation == 0) {
                remainders[i] = BigInteger.ZERO;
                continue;
            }
            BigInteger[] qr = BigInteger.valueOf(pot).multiply(BigInteger.valueOf(populations.get(i).population()))
                    .divideAndRemainder(BigInteger.valueOf(totalPopulation));
            shares[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            given += shares[i];
        }
        // The pounds lost to flooring go one each to the largest remainders; ties keep table order.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed());
        for (int k = 0; k < pot - given; k++) {
            shares[order.get(k)]++;
        }
        List<Row> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LocalityPopulation p = populations.get(i);
            rows.add(new Row(p.locality(), p.population(), baselinePerLocality, shares[i]));
        }
        return new Table(List.copyOf(rows), totalPopulation, baselinePerLocality * n, pot, totalForLocalDeployment);
    }

    public static BigDecimal pounds(long amount) {
        return BigDecimal.valueOf(amount);
    }
}
