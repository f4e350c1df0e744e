"""Between-session practice: homework, mood check-ins and the clinical tools a client keeps."""
