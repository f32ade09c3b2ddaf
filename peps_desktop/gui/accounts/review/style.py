"""The review view's look: its cards, its main buttons, the decision colours."""

STYLE = """
#reviewView QLabel#reviewTitle { font-size: 18pt; font-weight: bold; color: #1b3a6b; }
#reviewView QLabel#reviewSubtitle, #reviewView QLabel#reviewHint { color: #5a6470; }
#reviewView QFrame#reviewCard { background: white; border: 1px solid #d0d7e2; border-radius: 8px; }
#reviewView QPushButton { padding: 5px 12px; }
#reviewView QPushButton#applyReviewButton, #reviewView QPushButton#startReviewButton {
    background: #1b3a6b; color: white; border: none; border-radius: 4px; padding: 7px 18px;
    font-weight: bold; }
#reviewView QPushButton#applyReviewButton:disabled { background: #9aa8bd; }
#reviewView QPushButton#keepButton { color: #1e6b34; }
#reviewView QPushButton#deleteButton { color: #b00020; }
#reviewView QPushButton#unsureButton { color: #8a5a00; }
#reviewView QLabel#reviewError { color: #b00020; }
#reviewView QLabel#reviewStatus { color: #1e6b34; }
#reviewView QProgressBar { border: 1px solid #c5cfdd; border-radius: 4px; text-align: center;
    background: #f2f5fa; min-height: 20px; }
#reviewView QProgressBar::chunk { background: #4a7bc8; border-radius: 3px; }
"""
