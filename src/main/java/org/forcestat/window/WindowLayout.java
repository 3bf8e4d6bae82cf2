package org.forcestat.window;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.KeyboardFocusManager;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.UIManager;
import javax.swing.plaf.FontUIResource;
import org.apache.logging.log4j.LogManager;

/**
 * Lays out {@link ForcestatWindow}: the two folders, the four actions, the progress bar, the results
 * and the three Open buttons, top to bottom, which is also the Tab order. Fonts are at least
 * {@link #MIN_FONT} (Java's font size is in pixels at Windows' default 100% scaling, where the system
 * font is 12), in the system's look and feel.
 */
final class WindowLayout {
    static final int MIN_FONT = 13;

    private final ForcestatWindow w;

    WindowLayout(ForcestatWindow w) {
        this.w = w;
    }

    /** The system look and feel, with no font smaller than {@link #MIN_FONT}. */
    static void lookAndFeel() {
        UIManager.put("swing.boldMetal", Boolean.FALSE);
        try {
            UIManager.setLookAndFeel(UIManager.getSystemLookAndFeelClassName());
        } catch (ReflectiveOperationException | javax.swing.UnsupportedLookAndFeelException | RuntimeException e) {
            LogManager.getLogger(WindowLayout.class).debug("system look and feel not available", e);
        }
        List<Object> keys = new ArrayList<>(UIManager.getLookAndFeelDefaults().keySet());
        for (Object key : keys) {
            if (UIManager.get(key) instanceof Font f && f.getSize() < MIN_FONT) {
                UIManager.put(key, new FontUIResource(f.deriveFont((float) MIN_FONT)));
            }
        }
    }

    void build() {
        JPanel p = new JPanel(new GridBagLayout());
        p.setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 12));
        folderRow(p, 0, "Folder to read:", KeyEvent.VK_F, w.input, w.browseInput);
        folderRow(p, 1, "Write the summary to:", KeyEvent.VK_T, w.output, w.browseOutput);
        p.add(row(w.run, w.watch, w.check, w.cancel), span(2, 0));
        w.progress.setStringPainted(true);
        GridBagConstraints bar = span(3, 0);
        bar.insets = new Insets(4, 0, 6, 0);
        p.add(w.progress, bar);
        w.results.setEditable(false);
        w.results.setMargin(new Insets(4, 6, 4, 6));
        w.results.setLineWrap(true);
        w.results.setWrapStyleWord(true);
        w.results.setFont(new Font(Font.MONOSPACED, Font.PLAIN, Math.max(MIN_FONT, w.results.getFont().getSize())));
        w.results.getAccessibleContext().setAccessibleName("Results");
        // Tab moves on, out of the results, as everywhere else in the window.
        w.results.setFocusTraversalKeys(KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
        w.results.setFocusTraversalKeys(KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
        JLabel resultsLabel = new JLabel("Results:");
        resultsLabel.setLabelFor(w.results);
        resultsLabel.setDisplayedMnemonic(KeyEvent.VK_U);
        p.add(resultsLabel, span(4, 0));
        GridBagConstraints area = span(5, 1);
        area.fill = GridBagConstraints.BOTH;
        p.add(new JScrollPane(w.results), area);
        p.add(row(w.openSummary, w.openChecked, w.openLog), span(6, 0));
        w.frame.getContentPane().add(p, BorderLayout.CENTER);
    }

    private static void folderRow(JPanel p, int y, String text, int mnemonic, JComponent field, JComponent browse) {
        JLabel label = new JLabel(text);
        label.setDisplayedMnemonic(mnemonic);
        label.setLabelFor(field);
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = y;
        c.anchor = GridBagConstraints.LINE_START;
        c.insets = new Insets(2, 0, 2, 8);
        p.add(label, c);
        c.gridx = 1;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        p.add(field, c);
        c.gridx = 2;
        c.weightx = 0;
        c.fill = GridBagConstraints.NONE;
        c.insets = new Insets(2, 8, 2, 0);
        p.add(browse, c);
    }

    private static JPanel row(JComponent... items) {
        JPanel r = new JPanel(new FlowLayout(FlowLayout.LEADING, 0, 0));
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                r.add(javax.swing.Box.createHorizontalStrut(8));
            }
            r.add(items[i]);
        }
        r.setBorder(BorderFactory.createEmptyBorder(8, 0, 4, 0));
        return r;
    }

    private static GridBagConstraints span(int y, double weighty) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.gridy = y;
        c.gridwidth = 3;
        c.weightx = 1;
        c.weighty = weighty;
        c.anchor = GridBagConstraints.LINE_START;
        c.fill = GridBagConstraints.HORIZONTAL;
        return c;
    }
}
