public enum DocgenCorePlaceholder {}
