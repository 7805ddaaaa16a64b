declare module 'virtual:psrt/code-palette.css';
