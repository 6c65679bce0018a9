"""The same claim elsewhere: the links pane's rows and cards, and the glossary dialog."""
