package org.forcestat.window;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTextField;
import org.apache.logging.log4j.LogManager;

/**
 * The Open buttons: a file opened with the program the desktop has for it, or, where Java may not open
 * files (no desktop integration, no program for the type), a message with its path to copy.
 */
final class DesktopFiles {
    private DesktopFiles() {
    }

    /** Opens a file with the desktop's program, or says where it is when that cannot be done. */
    static void open(Component parent, Path file, String what) {
        if (file == null || !Files.exists(file)) {
            message(parent, "There is no " + what + " to open yet.");
            return;
        }
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            message(parent, "This computer does not let forcestat open files itself. The " + what + " is:", file);
            return;
        }
        try {
            Desktop.getDesktop().open(file.toFile());
        } catch (IOException | RuntimeException e) {
            LogManager.getLogger(DesktopFiles.class).debug("cannot open {}", file, e);
            message(parent, "No program on this computer opened the " + what + ". It is:", file);
        }
    }

    private static void message(Component parent, String text) {
        JOptionPane.showMessageDialog(parent, text, "forcestat", JOptionPane.INFORMATION_MESSAGE);
    }

    /** A message with a path the user can select and copy. */
    private static void message(Component parent, String text, Path file) {
        JTextField path = new JTextField(file.toAbsolutePath().toString());
        path.setEditable(false);
        JPanel p = new JPanel(new BorderLayout(0, 6));
        p.add(new JLabel(text), BorderLayout.NORTH);
        p.add(path, BorderLayout.CENTER);
        JOptionPane.showMessageDialog(parent, p, "forcestat", JOptionPane.INFORMATION_MESSAGE);
    }
}
