package no.medvirk.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import javax.imageio.ImageIO;
import no.medvirk.dialogue.FollowUpStatus;
import no.medvirk.report.Statistics.Count;
import no.medvirk.time.EngineClock;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * The report's charts, each drawn once with JFreeChart and written as SVG for the page or PNG for
 * the yearly document. A chart carries the id of the table that holds its figures: the table is
 * always shown beside it, for those who read rather than look and for screen readers.
 */
final class ReportCharts {

    /** A chart and the size it reads well at. */
    record Chart(String tableId, String description, JFreeChart chart, int width, int height) {

        String svg() {
            SVGGraphics2D svg = new SVGGraphics2D(width, height);
            chart.draw(svg, new Rectangle(0, 0, width, height));
            return svg.getSVGDocument();
        }

        /** Twice the size, so it stays sharp when Word scales it to the page. */
        byte[] png() {
            BufferedImage image = new BufferedImage(width * 2, height * 2, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.scale(2, 2);
            chart.draw(g, new Rectangle(0, 0, width, height));
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                ImageIO.write(image, "png", out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    }

    // Okabe and Ito's colours: told apart also by those who do not see red and green.
    private static final Color BLUE = new Color(0x0072B2);
    private static final Color GREEN = new Color(0x009E73);
    private static final Color ORANGE = new Color(0xE69F00);
    private static final Color RED = new Color(0xD55E00);
    private static final Color SKY = new Color(0x56B4E9);
    private static final Color GREY = new Color(0x7F7F7F);
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final int WIDTH = 720;

    private ReportCharts() {
    }

    static List<Chart> of(Statistics s) {
        List<Chart> charts = new ArrayList<>();
        charts.add(perDay(s.intake().perDay()));
        charts.add(perWeek(s.intake().perWeek()));
        charts.add(bars("kanal", "Søylediagram: meldinger etter kanal", s.intake().byChannel(), BLUE));
        charts.add(bars("type", "Søylediagram: meldinger etter type", s.intake().byKind(), BLUE));
        charts.add(bars("emne", "Søylediagram: meldinger etter emne", s.intake().bySubjectArea(), BLUE));
        charts.add(bars("enhet", "Søylediagram: meldinger etter enhet", s.intake().byUnit(), BLUE));
        charts.add(bars("oppringing", "Søylediagram: hvordan oppringingen endte", s.contact().callOutcomes(), SKY));
        charts.add(satisfaction(s.satisfaction()));
        charts.add(overdue(s.overdue()));
        charts.add(inputs(s.dialogueInputs()));
        return charts;
    }

    private static Chart perDay(List<Statistics.Day> days) {
        TimeSeries series = new TimeSeries("Meldinger");
        days.forEach(d -> series.add(new Day(d.day().getDayOfMonth(), d.day().getMonthValue(), d.day().getYear()),
                d.count()));
        DateAxis time = new DateAxis(null, TimeZone.getTimeZone(EngineClock.OSLO), ReportTables.NORWEGIAN);
        SimpleDateFormat format = new SimpleDateFormat(days.size() > 62 ? "MMM yyyy" : "dd.MM", ReportTables.NORWEGIAN);
        format.setTimeZone(TimeZone.getTimeZone(EngineClock.OSLO));
        time.setDateFormatOverride(format);
        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, BLUE);
        XYPlot plot = new XYPlot(new TimeSeriesCollection(series, TimeZone.getTimeZone(EngineClock.OSLO)), time,
                countAxis(), renderer);
        return new Chart("topper", "Søylediagram: meldinger per dag gjennom perioden; toppene står i tabellen",
                chart(plot, false), WIDTH, 300);
    }

    private static Chart perWeek(List<Statistics.Week> weeks) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Statistics.Week w : weeks) {
            String week = String.valueOf(w.week());
            data.addValue(w.questions(), "Spørsmål", week);
            data.addValue(w.suggestions(), "Forslag", week);
            data.addValue(w.complaints(), "Klage", week);
            data.addValue(w.praise(), "Ros", week);
        }
        CategoryPlot plot = categoryPlot(data, PlotOrientation.VERTICAL, true, BLUE, GREEN, RED, ORANGE);
        if (weeks.size() > 20) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        }
        plot.getDomainAxis().setLabel("Uke");
        return new Chart("uker", "Stablet søylediagram: meldinger per uke etter type", chart(plot, true), WIDTH, 320);
    }

    private static Chart bars(String tableId, String description, List<Count> counts, Color colour) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        counts.forEach(c -> data.addValue(c.count(), "Meldinger", c.label()));
        return new Chart(tableId, description,
                chart(categoryPlot(data, PlotOrientation.HORIZONTAL, false, colour), false), WIDTH, height(counts.size()));
    }

    private static Chart satisfaction(Statistics.SatisfactionFigures s) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        s.byUnit().forEach(u -> {
            data.addValue(u.satisfied(), "Fornøyd", u.label());
            data.addValue(u.partly(), "Delvis fornøyd", u.label());
            data.addValue(u.dissatisfied(), "Ikke fornøyd", u.label());
        });
        return new Chart("tilfredshet", "Stablet søylediagram: tilfredshet med svaret per enhet",
                chart(categoryPlot(data, PlotOrientation.HORIZONTAL, true, GREEN, ORANGE, RED), true), WIDTH,
                height(s.byUnit().size()) + 30);
    }

    private static Chart overdue(Statistics.Overdue o) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        o.byUnit().forEach(u -> {
            data.addValue(u.overdue(), "På restanselisten", u.label());
            data.addValue(u.escalations(), "Oversendt kommunedirektøren", u.label());
        });
        CategoryPlot plot = categoryPlot(data, PlotOrientation.HORIZONTAL, false, ORANGE, RED);
        return new Chart("restanser", "Søylediagram: restanser og oversendelser til kommunedirektøren per enhet",
                chart(plot, true), WIDTH, height(o.byUnit().size() * 2) + 30);
    }

    private static Chart inputs(List<Statistics.InputCount> inputs) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<String> units = inputs.stream().map(Statistics.InputCount::label).distinct().toList();
        for (FollowUpStatus status : FollowUpStatus.values()) {
            for (String unit : units) {
                data.addValue(inputs.stream().filter(i -> i.label().equals(unit) && i.status().equals(status.name()))
                        .mapToLong(Statistics.InputCount::count).sum(), status.label(), unit);
            }
        }
        return new Chart("innspill", "Stablet søylediagram: innspill fra dialogmøtene per enhet etter oppfølging",
                chart(categoryPlot(data, PlotOrientation.HORIZONTAL, true, RED, ORANGE, SKY, GREEN, GREY), true),
                WIDTH, height(units.size()) + 30);
    }

    private static CategoryPlot categoryPlot(DefaultCategoryDataset data, PlotOrientation orientation, boolean stacked,
                                             Paint... colours) {
        BarRenderer renderer = stacked ? new StackedBarRenderer() : new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.08);
        for (int i = 0; i < colours.length; i++) {
            renderer.setSeriesPaint(i, colours[i]);
        }
        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(FONT);
        categories.setMaximumCategoryLabelWidthRatio(0.45f);
        CategoryPlot plot = new CategoryPlot(data, categories, countAxis(), renderer);
        plot.setOrientation(orientation);
        return plot;
    }

    private static NumberAxis countAxis() {
        NumberAxis counts = new NumberAxis();
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits(ReportTables.NORWEGIAN));
        counts.setTickLabelFont(FONT);
        return counts;
    }

    private static JFreeChart chart(org.jfree.chart.plot.Plot plot, boolean legend) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        if (plot instanceof CategoryPlot category) {
            category.setRangeGridlinePaint(new Color(0xDDDDDD));
            category.setRangeGridlineStroke(new BasicStroke(1f));
        } else if (plot instanceof XYPlot xy) {
            xy.setRangeGridlinePaint(new Color(0xDDDDDD));
            xy.setDomainGridlinesVisible(false);
        }
        JFreeChart chart = new JFreeChart(null, FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        if (legend) {
            LegendTitle key = new LegendTitle(plot);
            key.setItemFont(FONT);
            key.setPosition(RectangleEdge.BOTTOM);
            key.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            chart.addLegend(key);
        }
        return chart;
    }

    private static int height(int bars) {
        return Math.max(120, 50 + 26 * bars);
    }
}
