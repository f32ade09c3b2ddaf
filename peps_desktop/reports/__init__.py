"""Reports drawn with QtGui (PDF) or written as CSV, without widgets: the command line uses
them too."""
